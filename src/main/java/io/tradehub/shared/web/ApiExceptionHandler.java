package io.tradehub.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.GoneException;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.NotFoundException;
import io.tradehub.shared.TooManyAttemptsException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the REST API into an {@code application/problem+json} answer
 * that names what was wrong, and for bad input the field; a request never gets a bare 500
 * for something it sent.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return ResponseEntity.badRequest()
				.body(invalid(List.of(new FieldProblem(field, "has a value of the wrong type or format"))));
		}
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldProblem("body", "is missing or is not valid JSON"))));
	}

	/**
	 * A path variable that is there but blank (such as {@code /connections/%20}) converts
	 * to nothing: bad input naming the variable. A variable the mapping lacks altogether
	 * stays a server error.
	 */
	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.isMissingAfterConversion()) {
			return ResponseEntity.badRequest()
				.body(invalid(List.of(new FieldProblem(ex.getVariableName(), "is missing or blank"))));
		}
		return super.handleMissingPathVariable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
	}

	/**
	 * An unknown address outside the API is a browser's: it gets the portal's error page
	 * (Spring Boot's error view, rendered in the user's language), not problem JSON.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && !servlet.getRequest().getRequestURI().startsWith("/api/")
				&& servlet.getResponse() != null) {
			try {
				servlet.getResponse().sendError(HttpServletResponse.SC_NOT_FOUND);
				return null;
			}
			catch (IOException closed) {
				log.debug("The browser went away before its error page", closed);
			}
		}
		return super.handleNoResourceFoundException(ex, headers, status, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldProblem(ex.getName(), "has a value of the wrong type or format")));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ProblemDetail illegalTransition(IllegalTransitionException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed in the current state", ex.getMessage());
		problem.setProperty("currentState", ex.currentState());
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict",
				"Someone else changed this at the same moment; load it again and retry.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.warn("Constraint violation: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "Conflict", "This clashes with data that is already stored.");
	}

	@ExceptionHandler(GoneException.class)
	ProblemDetail gone(GoneException ex) {
		return problem(HttpStatus.GONE, "No longer valid", ex.getMessage());
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	ProblemDetail tooMany(TooManyAttemptsException ex) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	private static ProblemDetail invalid(List<FieldProblem> problems) {
		String detail = problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
		problem.setProperty("errors", problems);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

}
