package com.wbiisg.mapping.needs;

import java.util.List;

/**
 * The workflow actions the current user may take on a need, and whether it may change its
 * content.
 */
public record NeedPermissions(List<NeedAction> actions, boolean mayEdit) {
}
