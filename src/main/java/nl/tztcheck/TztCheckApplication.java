package nl.tztcheck;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application behind the batch commands. It has no main method: the jar's entry
 * point is {@link nl.tztcheck.cli.TztCheckCli}, which validates input before Spring starts.
 */
@SpringBootApplication
public class TztCheckApplication {}
