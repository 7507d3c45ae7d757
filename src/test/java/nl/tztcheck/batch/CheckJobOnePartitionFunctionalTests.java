package nl.tztcheck.batch;

import org.springframework.test.context.TestPropertySource;

/**
 * The same job-level tests with the check step in a single partition: each compares the job with
 * the in-memory core or with an uninterrupted run, so together with the two-partition tests they
 * show the partitioning changes no output.
 */
@TestPropertySource(properties = "tzt.check.partitions=1")
class CheckJobOnePartitionFunctionalTests extends CheckJobFunctionalTests {}
