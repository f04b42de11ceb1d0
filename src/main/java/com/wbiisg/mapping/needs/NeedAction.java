package com.wbiisg.mapping.needs;

/**
 * What a user can do to a need's state; the allowed moves are in NeedWorkflow.
 */
public enum NeedAction {

	SUBMIT, WITHDRAW, VALIDATE, RETURN, ADOPT

}
