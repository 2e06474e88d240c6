package io.github.camelumf.example.springboot;

import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the shop's API answers when UMF refuses (402 with UMF's code and the category that says what to do), when the
 * request is invalid before it left (400, naming the field), or when the outcome is unknown (504: query the order).
 */
@RestControllerAdvice
public class ErrorAnswers {

    static RuntimeException rethrow(Exception failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    @ExceptionHandler(UmfApiException.class)
    ProblemDetail refused(UmfApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED, e.getMessage());
        problem.setProperty("ret_code", e.getRetCode());
        problem.setProperty("category", String.valueOf(e.getCategory()));
        return problem;
    }

    @ExceptionHandler(UmfValidationException.class)
    ProblemDetail invalid(UmfValidationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(UmfAmbiguousOutcomeException.class)
    ProblemDetail unknownOutcome(UmfAmbiguousOutcomeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT, e.getMessage());
    }
}
