//! The C `pow` function, defined in the executable so it needs no `libm.so`: the only
//! function the binary takes from libm is `pow`, called by `indicatif` to weigh its rate
//! estimate (`0.1^(age/15)`). Loading libm costs every process, and a recursive make
//! starts one per sub-make, ~0.3 MiB resident and a few hundred microseconds of loading
//! (docs/performance.md). The linker resolves `pow` here before looking at shared
//! libraries, and `--as-needed` then drops libm.
//!
//! C99 Annex F's special cases are exact, and so are small integer powers whose result is
//! representable (repeated multiplication); otherwise the result is `exp(y·ln|x|)`
//! computed with a split `ln 2`, within a few units in the last place for the moderate
//! exponents a progress bar uses (the relative error grows with `|y·ln x|`, to ~1e-13
//! near overflow).

#![allow(clippy::float_cmp, clippy::excessive_precision)] // exact comparisons are meant

/// `x` raised to `y`, as C's `pow`.
#[no_mangle]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        return infinite_power(x.abs(), y > 0.0);
    }
    let odd = is_odd_integer(y);
    let sign = if x.is_sign_negative() && odd {
        -1.0
    } else {
        1.0
    };
    if x == 0.0 || x.is_infinite() {
        // 0^y and inf^y: 0 or inf, signed like x when y is an odd integer.
        let big = (x == 0.0) == (y < 0.0);
        return sign * if big { f64::INFINITY } else { 0.0 };
    }
    if x < 0.0 && !is_integer(y) {
        return f64::NAN;
    }
    if is_integer(y) && y.abs() <= 64.0 {
        // Repeated multiplication (compiler-rt's `__powidf2`): exact whenever the product
        // is representable, as libm is for `pow(2, 10)`, `pow(0.5, -3)`.
        #[allow(clippy::cast_possible_truncation)]
        return x.powi(y as i32);
    }
    sign * exp(y * ln(x.abs()))
}

/// `|x|^±inf` for `ax = |x|` (Annex F: 1 when `|x| = 1`).
fn infinite_power(ax: f64, positive: bool) -> f64 {
    if ax == 1.0 {
        1.0
    } else if (ax > 1.0) == positive {
        f64::INFINITY
    } else {
        0.0
    }
}

// (`round`, `trunc`, `fract` and `%` on floats would call libm on baseline x86_64, which
// has no rounding instruction: conversions to integers truncate instead.)

/// Every double of magnitude 2^52 or more is an integer.
const INTEGRAL: f64 = 4_503_599_627_370_496.0;

#[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
fn is_integer(y: f64) -> bool {
    y.abs() >= INTEGRAL || (y as i64) as f64 == y
}

#[allow(clippy::cast_possible_truncation)]
fn is_odd_integer(y: f64) -> bool {
    // Every double from 2^53 on is even.
    y.abs() < 2.0 * INTEGRAL && is_integer(y) && (y as i64) & 1 == 1
}

const LN2_HI: f64 = 6.931_471_803_691_238_164_9e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_700_0e-10;

/// Natural logarithm of a finite `x > 0`: `x = m·2^e` with `m` in `[√½, √2)`, and
/// `ln m = 2·atanh(s)` with `s = (m-1)/(m+1)`, `|s| < 0.172`, summed as an odd series.
fn ln(x: f64) -> f64 {
    let (mut m, mut e) = frexp(x);
    if m < std::f64::consts::FRAC_1_SQRT_2 {
        m *= 2.0;
        e -= 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    // atanh(s)/s = 1 + s²/3 + s⁴/5 + ...; s² < 0.03, so 12 terms reach 1e-18.
    let mut sum = 0.0;
    for k in (0..12).rev() {
        sum = sum * s2 + 1.0 / f64::from(2 * k + 1);
    }
    let e = f64::from(e);
    e * LN2_HI + (2.0 * s * sum + e * LN2_LO)
}

/// `x = m·2^e` with `m` in `[0.5, 1)`, for a finite nonzero `x`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp_bits = i32::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    if exp_bits == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp_bits - 1022)
}

/// `e^t`: `t = k·ln 2 + r` with `|r| <= ½ ln 2`, a Taylor series for `e^r`, then `2^k`.
fn exp(t: f64) -> f64 {
    if t > 709.8 {
        return f64::INFINITY;
    }
    if t < -745.2 {
        return 0.0;
    }
    let q = t / std::f64::consts::LN_2;
    // Rounded to nearest; |q| < 1100 fits.
    #[allow(clippy::cast_possible_truncation)]
    let k = (q + if q < 0.0 { -0.5 } else { 0.5 }) as i32;
    let kf = f64::from(k);
    let r = (t - kf * LN2_HI) - kf * LN2_LO;
    // r^14/14! < 1e-17 for |r| <= 0.347.
    let mut sum = 1.0;
    for n in (1..14).rev() {
        sum = 1.0 + sum * r / f64::from(n);
    }
    // k is within [-1075, 1024] here; scale in two steps so neither factor overflows or
    // loses the subnormal range.
    let half = k / 2;
    sum * 2f64.powi(half) * 2f64.powi(k - half)
}

#[cfg(test)]
mod tests {
    use super::pow;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        a == b || ((a - b) / b).abs() <= rel
    }

    #[test]
    fn agrees_with_exp_of_ln_over_a_grid() {
        let xs = [
            1e-300, 1e-10, 0.001, 0.1, 0.5, 0.7, 0.9999, 1.0001, 2.0, 3.7, 10.0, 1e10,
        ];
        let ys = [
            -20.0, -3.5, -1.0, -0.5, 0.01, 0.5, 1.0, 1.5, 2.0, 7.25, 30.0,
        ];
        for x in xs {
            for y in ys {
                let want = (y * f64::ln(x)).exp();
                if want.is_finite() && want > 1e-290 {
                    assert!(
                        close(pow(x, y), want, 1e-12),
                        "pow({x}, {y}) = {}, want {want}",
                        pow(x, y)
                    );
                }
            }
        }
    }

    #[test]
    fn exact_where_the_answer_is_exact() {
        assert_eq!(pow(2.0, 10.0), 1024.0);
        assert_eq!(pow(0.5, -3.0), 8.0);
        assert_eq!(pow(-2.0, 3.0), -8.0);
        assert_eq!(pow(-2.0, 2.0), 4.0);
        assert_eq!(pow(10.0, -1.0), 0.1);
        assert!(close(pow(0.1, 1.0 / 15.0), 0.857_695_898_590_894_1, 1e-15));
    }

    #[test]
    fn special_cases_follow_annex_f() {
        let inf = f64::INFINITY;
        assert_eq!(pow(f64::NAN, 0.0), 1.0);
        assert_eq!(pow(1.0, f64::NAN), 1.0);
        assert!(pow(f64::NAN, 1.0).is_nan());
        assert!(pow(-8.0, 1.0 / 3.0).is_nan());
        assert_eq!(pow(0.0, -1.0), inf);
        assert_eq!(pow(-0.0, -1.0), -inf);
        assert_eq!(pow(-0.0, -2.0), inf);
        assert_eq!(pow(-0.0, 3.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(pow(-1.0, inf), 1.0);
        assert_eq!(pow(0.5, -inf), inf);
        assert_eq!(pow(2.0, -inf), 0.0);
        assert_eq!(pow(-inf, -3.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(pow(-inf, 3.0), -inf);
        assert_eq!(pow(inf, -0.5), 0.0);
        assert_eq!(pow(2.0, 2000.0), inf);
        assert_eq!(pow(2.0, -2000.0), 0.0);
        assert_eq!(pow(2.0, -1074.0), f64::from_bits(1));
    }
}
