package org.latih.assessment.analysis.control;

/**
 * Tail probabilities of Student's t distribution, so a paired t-test can report a p-value without
 * pulling in a statistics library.
 *
 * <p>For {@code ν} degrees of freedom the two-tailed probability of a value at least as extreme as
 * {@code |t|} is the regularized incomplete beta function {@code P(|T| >= |t|) = I_x(ν/2, 1/2)}
 * with {@code x = ν / (ν + t²)}; see {@link IncompleteBeta}.
 */
final class StudentT {

  private StudentT() {}

  /**
   * The two-tailed p-value {@code P(|T| >= |t|)} for {@code df} degrees of freedom.
   *
   * @throws IllegalArgumentException when df is not above 0 or t is NaN
   */
  static double twoTailedP(double t, double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("degrees of freedom must be above 0, was " + df);
    }
    if (Double.isNaN(t)) {
      throw new IllegalArgumentException("t must be a number");
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    double x = df / (df + t * t);
    return IncompleteBeta.regularized(x, df / 2, 0.5);
  }
}
