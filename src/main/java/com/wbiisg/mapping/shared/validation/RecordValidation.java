package com.wbiisg.mapping.shared.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.UserText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Checks a form, request or input record against the Bean Validation constraints on its
 * components and answers the problems as {@link FieldProblem}s, in the order the fields
 * are checked: the record's components as declared (or as its {@link CheckOrder} says),
 * then a component's constraints as written, list elements in their order. Every
 * constraint's message is a bundle key, <code>{key}</code>; its arguments are the
 * violation's dynamic payload. The text is put into words where it is shown, in the
 * reader's language.
 * <p>
 * One validator for the whole application, built once: the records are checked by rules
 * and by the records themselves, on the import jobs' threads too, not only by beans.
 */
public final class RecordValidation {

	/**
	 * The message of a field that must be filled in.
	 */
	public static final String REQUIRED = "{shared.field.required}";

	// The messages are keys: nothing to interpolate, so no expression language either.
	private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
		.configure()
		.messageInterpolator(new ParameterMessageInterpolator())
		.buildValidatorFactory()
		.getValidator();

	private static final ClassValue<Order> ORDERS = new ClassValue<>() {
		@Override
		protected Order computeValue(Class<?> type) {
			return Order.of(type);
		}
	};

	private RecordValidation() {
	}

	/**
	 * Every problem of {@code record}, in the order its fields are checked; none when it
	 * is valid.
	 */
	public static List<FieldProblem> problems(Object record) {
		Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
		if (violations.isEmpty()) {
			return List.of();
		}
		Order order = ORDERS.get(record.getClass());
		return violations.stream()
			.sorted(Comparator.comparingInt((ConstraintViolation<Object> violation) -> order.component(violation))
				.thenComparingInt(RecordValidation::element)
				.thenComparingInt(RecordValidation::nestedComponent)
				.thenComparingInt(RecordValidation::constraint))
			.map((violation) -> new FieldProblem(field(violation), text(violation)))
			.toList();
	}

	/**
	 * The problems of the named components of {@code record} only, in the order named:
	 * for the rules that check these fields among checks that read other records, where
	 * users have always seen their problems.
	 */
	public static List<FieldProblem> problems(Object record, String component, String... more) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : concat(component, more)) {
			Set<ConstraintViolation<Object>> violations = VALIDATOR.validateProperty(record, name);
			violations.stream()
				.sorted(Comparator.comparingInt(RecordValidation::element)
					.thenComparingInt(RecordValidation::nestedComponent)
					.thenComparingInt(RecordValidation::constraint))
				.map((violation) -> new FieldProblem(field(violation), text(violation)))
				.forEach(problems::add);
		}
		return problems;
	}

	/**
	 * Checks {@code record} once and keeps its problems by component, for a rule that
	 * tells them among checks that read other records where a record is checked many
	 * times (the projects of an import): one check of the record costs about as much as
	 * one of {@link #problems(Object, String, String...)} per component.
	 */
	public static Checked checked(Object record) {
		Map<String, List<FieldProblem>> byComponent = new HashMap<>();
		for (FieldProblem problem : problems(record)) {
			byComponent.computeIfAbsent(problem.field(), (field) -> new ArrayList<>()).add(problem);
		}
		return new Checked(byComponent);
	}

	private static List<String> concat(String first, String... more) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(Arrays.asList(more));
		return all;
	}

	/**
	 * Checks {@code record}.
	 * @throws InvalidInputException naming every problem, in the order of
	 * {@link #problems(Object)}
	 */
	public static void check(Object record) {
		List<FieldProblem> problems = problems(record);
		InvalidInputException.throwIfAny(problems);
	}

	/**
	 * The field as the record names it: its component; the problems of a nested record or
	 * of a list's elements are the component's.
	 */
	private static String field(ConstraintViolation<?> violation) {
		String name = firstName(violation);
		return (name != null) ? name : "";
	}

	/**
	 * The position in a list of the element the violation is about, -1 for none.
	 */
	private static int element(ConstraintViolation<?> violation) {
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.getIndex() != null) {
				return node.getIndex();
			}
		}
		return -1;
	}

	/**
	 * The position of the component of a nested record (a list's element) that the
	 * violation is about, in that record's order; -1 for one of the record checked.
	 */
	private static int nestedComponent(ConstraintViolation<?> violation) {
		Object leaf = violation.getLeafBean();
		if (leaf == null || leaf == violation.getRootBean()) {
			return -1;
		}
		return ORDERS.get(leaf.getClass()).component(lastName(violation));
	}

	/**
	 * The position of the violation's constraint on its component as written; a
	 * constraint of the whole record that names the component comes after the component's
	 * own.
	 */
	private static int constraint(ConstraintViolation<?> violation) {
		Object leaf = violation.getLeafBean();
		Class<?> owner = (leaf != null) ? leaf.getClass() : violation.getRootBeanClass();
		return ORDERS.get(owner).constraint(lastName(violation), violation.getConstraintDescriptor().getAnnotation());
	}

	private static @Nullable String firstName(ConstraintViolation<?> violation) {
		for (Path.Node node : violation.getPropertyPath()) {
			return node.getName();
		}
		return null;
	}

	private static @Nullable String lastName(ConstraintViolation<?> violation) {
		String name = null;
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.getKind() == ElementKind.PROPERTY) {
				name = node.getName();
			}
		}
		return name;
	}

	private static UserText text(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		if (!template.startsWith("{") || !template.endsWith("}")) {
			throw new IllegalStateException("The message of a constraint is a bundle key in braces: " + template);
		}
		String key = template.substring(1, template.length() - 1);
		HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
		Object[] arguments = hibernate.getDynamicPayload(Object[].class);
		return UserText.of(key, (arguments != null) ? arguments : new Object[0]);
	}

	/**
	 * The problems of a record checked once, by component; a constraint of the whole
	 * record is told under the component it names.
	 */
	public record Checked(Map<String, List<FieldProblem>> byComponent) {

		/**
		 * The problems of the named components, in the order named, each component's in
		 * the order of {@link RecordValidation#problems(Object)}.
		 */
		public List<FieldProblem> problems(String component, String... more) {
			List<FieldProblem> problems = new ArrayList<>();
			for (String name : concat(component, more)) {
				problems.addAll(this.byComponent.getOrDefault(name, List.of()));
			}
			return problems;
		}

	}

	/**
	 * The order of a record class's components and of the constraints on each.
	 */
	private record Order(Map<String, Integer> components, Map<String, List<Annotation>> constraints) {

		static Order of(Class<?> type) {
			Map<String, Integer> components = new HashMap<>();
			Map<String, List<Annotation>> constraints = new HashMap<>();
			RecordComponent[] declared = (type.getRecordComponents() != null) ? type.getRecordComponents()
					: new RecordComponent[0];
			Set<String> names = new LinkedHashSet<>();
			CheckOrder first = type.getAnnotation(CheckOrder.class);
			if (first != null) {
				names.addAll(Arrays.asList(first.value()));
			}
			for (RecordComponent component : declared) {
				names.add(component.getName());
				constraints.put(component.getName(), annotations(type, component));
			}
			for (String name : names) {
				components.put(name, components.size());
			}
			return new Order(components, constraints);
		}

		/**
		 * The annotations on the component's field as written, then those on the type
		 * arguments of its type ({@code List<@MaxLength(100) String>}).
		 */
		private static List<Annotation> annotations(Class<?> type, RecordComponent component) {
			List<Annotation> all = new ArrayList<>();
			try {
				all.addAll(Arrays.asList(type.getDeclaredField(component.getName()).getAnnotations()));
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException("A record has a field per component", ex);
			}
			AnnotatedType annotated = component.getAnnotatedType();
			if (annotated instanceof AnnotatedParameterizedType parameterized) {
				for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
					all.addAll(Arrays.asList(argument.getAnnotations()));
				}
			}
			return all;
		}

		int component(ConstraintViolation<?> violation) {
			return component(firstName(violation));
		}

		int component(@Nullable String name) {
			return (name != null) ? this.components.getOrDefault(name, Integer.MAX_VALUE) : Integer.MAX_VALUE;
		}

		int constraint(@Nullable String name, Annotation constraint) {
			int index = (name != null) ? this.constraints.getOrDefault(name, List.of()).indexOf(constraint) : -1;
			return (index >= 0) ? index : Integer.MAX_VALUE;
		}

	}

}
