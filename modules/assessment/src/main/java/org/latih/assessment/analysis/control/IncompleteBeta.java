package org.latih.assessment.analysis.control;

/**
 * The regularized incomplete beta function {@code I_x(a, b) = B(x; a, b) / B(a, b)}, which gives
 * the tails of Student's t (and F and binomial) distributions.
 *
 * <p>It is evaluated, as described in Numerical Recipes §6.4, through the continued fraction
 *
 * <pre>
 * I_x(a, b) = x^a (1 − x)^b / (a · B(a, b)) · 1 / (1 + d1 / (1 + d2 / (1 + …)))
 * d(2m+1)   = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))
 * d(2m)     = m (b − m) x / ((a + 2m − 1)(a + 2m))
 * </pre>
 *
 * which converges quickly for {@code x < (a + 1) / (a + b + 2)}; above that the symmetry {@code
 * I_x(a, b) = 1 − I_(1−x)(b, a)} is used. The fraction is evaluated front to back with the modified
 * Lentz method, and {@code ln Γ} comes from the Stirling series after shifting the argument up.
 */
final class IncompleteBeta {

  private static final int MAX_TERMS = 500;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;
  private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private IncompleteBeta() {}

  /**
   * {@code I_x(a, b)} for {@code 0 <= x <= 1}, {@code a > 0}, {@code b > 0}.
   *
   * @throws IllegalArgumentException when an argument is out of range
   */
  static double regularized(double x, double a, double b) {
    if (!(a > 0) || !(b > 0)) {
      throw new IllegalArgumentException("a and b must be above 0, were " + a + " and " + b);
    }
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("x must be between 0 and 1, was " + x);
    }
    if (x == 0 || x == 1) {
      return x;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - regularized(1 - x, b, a);
    }
    double lnFront = a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b);
    return Math.exp(lnFront) / a * continuedFraction(x, a, b);
  }

  /** {@code 1 / (1 + d1 / (1 + d2 / (1 + …)))} by the modified Lentz method. */
  private static double continuedFraction(double x, double a, double b) {
    // f = b0 + a1/(b1 + a2/(b2 + …)) with b0 = 0, a1 = 1 and every later b_j = 1, a_j = d(j−1).
    double c = 1;
    double d = nonZero(1 - (a + b) * x / (a + 1)); // first partial: 1 + d1
    d = 1 / d;
    double f = d;
    for (int m = 1; m <= MAX_TERMS; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 / nonZero(1 + even * d);
      c = nonZero(1 + even / c);
      f *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 / nonZero(1 + odd * d);
      c = nonZero(1 + odd / c);
      double step = d * c;
      f *= step;
      if (Math.abs(step - 1) < EPSILON) {
        return f;
      }
    }
    throw new ArithmeticException("incomplete beta did not converge for x=" + x + ", a=" + a);
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }

  /** {@code ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)}. */
  static double lnBeta(double a, double b) {
    return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  }

  /**
   * {@code ln Γ(z)} for {@code z > 0}: shift z to at least 10 with {@code Γ(z) = Γ(z + 1) / z},
   * then Stirling's series {@code (z − ½) ln z − z + ½ ln 2π + 1/(12z) − 1/(360z³) + 1/(1260z⁵) −
   * 1/(1680z⁷)}, accurate to about 1e-13 there.
   */
  static double lnGamma(double z) {
    double shift = 0;
    while (z < 10) {
      shift += Math.log(z);
      z += 1;
    }
    double inverse = 1 / z;
    double inverseSquared = inverse * inverse;
    double series =
        inverse
            * (1.0 / 12
                - inverseSquared
                    * (1.0 / 360 - inverseSquared * (1.0 / 1260 - inverseSquared / 1680)));
    return (z - 0.5) * Math.log(z) - z + HALF_LN_TWO_PI + series - shift;
  }
}
