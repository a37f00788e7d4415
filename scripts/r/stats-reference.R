# Reference values for lib/stats, computed with base R only (r-base-core, no CRAN packages).
#
#   Rscript scripts/r/stats-reference.R > lib/stats/fixtures/r-reference.json
#
# Each block uses R's own routine where one exists (prop.test, t.test, chisq.test, p.adjust,
# power.prop.test) and, for the Bayesian quantities, numerical integration with pbeta/dbeta,
# which shares no formula with the closed-form sums in lib/stats/bayesian.ts. The script
# stops if a cross-check fails, so a reference file that exists is one that agreed.
# See docs/STATISTICS.md.

options(warn = 1)
conf <- 0.95

# ---- a small JSON writer (base R has none); numbers keep 17 significant digits ----------
num <- function(x) {
  if (length(x) == 0) return("[]")
  out <- ifelse(is.na(x) | !is.finite(x), "null", sprintf("%.17g", x))
  if (length(x) == 1) out else paste0("[", paste(out, collapse = ","), "]")
}
json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    inner <- vapply(x, json, "")
    # one case per line, so a regenerated file diffs readably
    sep <- if (length(x) > 0 && all(vapply(x, is.list, TRUE))) ",\n" else ","
    if (is.null(names(x))) return(paste0("[", paste(inner, collapse = sep), "]"))
    return(paste0("{", paste(sprintf("\"%s\":%s", names(x), inner), collapse = sep), "}"))
  }
  if (is.character(x)) return(paste0("\"", x, "\""))
  if (is.logical(x)) return(ifelse(x, "true", "false"))
  num(x)
}
arr <- function(x) as.list(x)  # force a JSON array even for one element
scalar_or_null <- function(x) if (is.null(x) || is.na(x) || !is.finite(x)) NULL else x

# ---- conversion cases, shared by the frequentist and Bayesian blocks --------------------
# name = c(control users, control conversions, treatment users, treatment conversions)
conversion_cases <- list(
  "typical 10% vs 12%" = c(1000, 100, 1000, 120),
  "n = 1 each" = c(1, 0, 1, 1),
  "n = 2 and 3" = c(2, 1, 3, 2),
  "n = 5 and 4" = c(5, 1, 4, 3),
  "zero conversions in control" = c(500, 0, 500, 7),
  "zero conversions in both" = c(500, 0, 500, 0),
  "every user converts in both" = c(5, 5, 5, 5),
  "rate 0 vs rate 1" = c(20, 0, 20, 20),
  "unequal split 10/90" = c(1000, 50, 9000, 480),
  "three arms: arm 1" = c(3000, 300, 3000, 330),
  "three arms: arm 2" = c(3000, 300, 3000, 290),
  "three arms: arm 3" = c(3000, 300, 3000, 370),
  "ten million per arm at 5%" = c(10000000, 500000, 10000000, 503000)
)
case_arms <- function(name, nc, xc, nt, xt, expected)
  list(name = name, control = list(users = nc, conversions = xc),
       treatment = list(users = nt, conversions = xt), expected = expected)
run_cases <- function(cases, f) unname(Map(function(name, v) f(name, v[1], v[2], v[3], v[4]), names(cases), cases))

# ---- two proportions -----------------------------------------------------------------
# prop.test is called with (treatment, control) so its difference is treatment − control.
proportion_case <- function(name, nc, xc, nt, xt) {
  pt <- xt / nt; pc <- xc / nc
  r <- suppressWarnings(prop.test(c(xt, xc), c(nt, nc), correct = FALSE, conf.level = conf))
  z_sq <- unname(r$statistic)
  ci <- unname(r$conf.int)
  # The relative-lift interval has no R routine: the same delta-method formula, written here
  # with R's own qnorm/log/expm1.
  rel <- if (xc > 0) pt / pc - 1 else NA
  rel_ci <- if (xc > 0 && xt > 0) {
    se <- sqrt((1 - pt) / xt + (1 - pc) / xc)
    if (se > 0) expm1(log(pt / pc) + c(-1, 1) * qnorm(1 - (1 - conf) / 2) * se) else c(NA, NA)
  } else c(NA, NA)
  abs_defined <- is.finite(ci[1]) && ci[2] > ci[1]
  case_arms(name, nc, xc, nt, xt, list(
      controlRate = pc, treatmentRate = pt,
      absoluteLift = pt - pc,
      absoluteLiftCi = if (abs_defined) arr(ci) else NULL,
      relativeLift = scalar_or_null(rel),
      relativeLiftCi = if (all(is.finite(rel_ci))) arr(rel_ci) else NULL,
      # |z| from X² = z²; the sign is the sign of the difference
      z = if (is.finite(z_sq)) sign(pt - pc) * sqrt(z_sq) else NULL,
      pValue = scalar_or_null(r$p.value)
  ))
}
proportions <- run_cases(c(conversion_cases, list(
  "no difference" = c(2000, 150, 2000, 150),
  "zero conversions in treatment" = c(500, 7, 500, 0),
  "rate 1 in control" = c(50, 50, 50, 45),
  "ten million, p underflows" = c(10000000, 1000000, 10000000, 1200000),
  "negative lift" = c(4000, 400, 4000, 330)
)), proportion_case)
three_arms <- conversion_cases[grep("^three arms", names(conversion_cases))]
three_arm_p <- unname(sapply(three_arms, function(v) prop.test(c(v[4], v[2]), c(v[3], v[1]), correct = FALSE)$p.value))

# ---- Bayesian: Beta(1,1) priors ---------------------------------------------------------
# Integrate over pieces split at each posterior's mean ± k·sd, so integrate() sees the narrow
# peaks of ten-million-user posteriors instead of sampling around them.
pieces <- function(aA, bA, aB, bB) {
  mean_sd <- function(a, b) c(a / (a + b), sqrt(a * b / ((a + b)^2 * (a + b + 1))))
  ms <- rbind(mean_sd(aA, bA), mean_sd(aB, bB))
  k <- c(0, 1, 2, 4, 8, 16, 32, 64)
  cuts <- c(0, 1, as.vector(outer(ms[, 2], c(-k, k)) + ms[, 1]))
  sort(unique(cuts[cuts >= 0 & cuts <= 1]))
}
piecewise_integral <- function(f, cuts) {
  n <- length(cuts) - 1; values <- numeric(n); failed <- rep(NA_character_, n)
  for (j in seq_len(n)) {
    r <- integrate(f, cuts[j], cuts[j + 1], rel.tol = 1e-12, abs.tol = 0, subdivisions = 2000L,
                   stop.on.error = FALSE)
    values[j] <- r$value
    if (r$message != "OK") failed[j] <- r$message
  }
  total <- sum(values)
  # Far in a tail the integrand is the difference of two tiny tail terms and integrate() may
  # report round-off there. Such a piece is accepted only if its whole value is below 1e-13 of
  # the total, so even a 100 % error in it cannot move the result; anything else stops.
  bad <- which(!is.na(failed) & abs(values) > 1e-13 * abs(total))
  if (length(bad) > 0) stop(sprintf("integrate: %s on [%g, %g]", failed[bad[1]], cuts[bad[1]], cuts[bad[1] + 1]))
  total
}
# P(pB > pA) = ∫ f_B(x) F_A(x) dx
prob_b_beats_a <- function(aA, bA, aB, bB)
  piecewise_integral(function(x) dbeta(x, aB, bB) * pbeta(x, aA, bA), pieces(aA, bA, aB, bB))
# E[max(X − Y, 0)] = ∫ f_Y(y) E[(X − y)+] dy with E[(X − y)+] = E[X]·P(X⁺ > y) − y·P(X > y),
# X⁺ ~ Beta(a + 1, b). Since P(X⁺ > y) = P(X > y) + y(1 − y)f_X(y)/a, this is
# (E[X] − y)·P(X > y) + y(1 − y)·f_X(y)/(a + b), which avoids subtracting two near-equal
# tail probabilities when the posteriors are narrow (ten million users).
shortfall <- function(aX, bX, aY, bY) {
  mX <- aX / (aX + bX)
  g <- function(y) (mX - y) * pbeta(y, aX, bX, lower.tail = FALSE) + y * (1 - y) * dbeta(y, aX, bX) / (aX + bX)
  piecewise_integral(function(y) dbeta(y, aY, bY) * g(y), pieces(aX, bX, aY, bY))
}
# Cross-check only: Evan Miller's sum with lbeta, vectorised (not the recurrence the TS uses).
miller_sum <- function(aA, bA, aB, bB) {
  i <- 0:(aB - 1)
  sum(exp(lbeta(aA + i, bA + bB) - log(bB + i) - lbeta(1 + i, bB) - lbeta(aA, bA)))
}
bayes_case <- function(name, nc, xc, nt, xt) {
  aA <- 1 + xc; bA <- 1 + nc - xc; aB <- 1 + xt; bB <- 1 + nt - xt
  chance <- prob_b_beats_a(aA, bA, aB, bB)
  if (aB <= 6e6) {
    exact <- miller_sum(aA, bA, aB, bB)
    if (abs(exact - chance) > 1e-9 * max(abs(exact), 1e-300) + 1e-300)
      stop(sprintf("%s: integral %.17g and exact sum %.17g disagree", name, chance, exact))
  }
  loss <- shortfall(aA, bA, aB, bB)
  control_loss <- shortfall(aB, bB, aA, bA)
  # Both losses are integrated separately; their difference must be the gap of the means.
  gap <- aB / (aB + bB) - aA / (aA + bA)
  if (abs(control_loss - loss - gap) > 1e-9 * max(control_loss, loss))
    stop(sprintf("%s: losses %.17g, %.17g inconsistent with mean gap %.17g", name, loss, control_loss, gap))
  case_arms(name, nc, xc, nt, xt, list(chanceToBeatControl = chance, expectedLoss = loss, controlExpectedLoss = control_loss))
}
bayesian <- run_cases(c(conversion_cases, list(
  "clear winner (chance near 1)" = c(1000, 10, 1000, 60),
  "clear loser (chance near 0)" = c(1000, 60, 1000, 10),
  "ten million per arm at 50%" = c(10000000, 5000000, 10000000, 5001000)
)), bayes_case)

# ---- Welch's t-test from samples R builds ---------------------------------------------
# R runs t.test on real vectors; the JSON keeps their n, mean and var, which is all the
# TypeScript side is given.
welch_case <- function(name, control, treatment) {
  r <- tryCatch(t.test(treatment, control, var.equal = FALSE, conf.level = conf), error = function(e) NULL)
  # var() is NA for one value; the TypeScript side ignores the variance when n = 1.
  summary <- function(x) list(n = length(x), mean = mean(x), variance = if (length(x) > 1) var(x) else 0)
  list(
    name = name,
    control = summary(control),
    treatment = summary(treatment),
    expected = list(
      difference = mean(treatment) - mean(control),
      differenceCi = if (is.null(r)) NULL else arr(unname(r$conf.int)),
      t = if (is.null(r)) NULL else unname(r$statistic),
      df = if (is.null(r)) NULL else unname(r$parameter),
      pValue = if (is.null(r)) NULL else r$p.value
    )
  )
}
set.seed(20261122)
revenue <- function(n, rate, meanlog) ifelse(runif(n) < rate, rlnorm(n, meanlog, 1), 0)
welch <- list(
  welch_case("small integers", c(1, 2, 3, 4, 5), c(2, 4, 6, 8, 10, 12)),
  welch_case("n = 2 each", c(1, 3), c(2, 7)),
  welch_case("zero variance in control", c(5, 5, 5), c(1, 2, 3, 4)),
  welch_case("zero variance in both (undefined)", c(5, 5, 5), c(6, 6, 6)),
  welch_case("n = 1 in control (undefined)", c(3), c(1, 2, 3)),
  welch_case("revenue per user, 5% buyers", revenue(2000, 0.05, 3), revenue(2000, 0.06, 3)),
  welch_case("unequal split 10/90", rnorm(100, 30, 12), rnorm(900, 32, 6)),
  welch_case("ten million per arm", rnorm(1e7, 10, 3), rnorm(1e7, 10.004, 3))
)

# ---- sample-ratio mismatch -----------------------------------------------------------------
srm_case <- function(name, observed, weights) {
  r <- tryCatch(suppressWarnings(chisq.test(observed, p = weights, rescale.p = TRUE)), error = function(e) NULL)
  list(
    name = name, observed = arr(observed), weights = arr(weights),
    expected = list(
      statistic = if (is.null(r)) NULL else scalar_or_null(unname(r$statistic)),
      pValue = if (is.null(r)) NULL else scalar_or_null(r$p.value),
      mismatch = !is.null(r) && r$p.value < 0.001,
      lowExpectedCounts = if (is.null(r)) FALSE else any(r$expected < 5)
    )
  )
}
srm <- list(
  srm_case("balanced 50/50", c(5000, 5000), c(1, 1)),
  srm_case("mismatch 50/50", c(5000, 5300), c(50, 50)),
  srm_case("slight imbalance", c(5000, 5100), c(0.5, 0.5)),
  srm_case("three arms", c(3300, 3400, 3300), c(1, 1, 1)),
  srm_case("three arms 20/30/50 mismatch", c(2100, 2850, 5050), c(20, 30, 50)),
  srm_case("unequal 10/90", c(1000, 9000), c(10, 90)),
  srm_case("unequal 10/90 mismatch", c(1100, 8900), c(10, 90)),
  srm_case("ten million per arm", c(10000000, 10010000), c(1, 1)),
  srm_case("tiny counts", c(1, 2), c(1, 1)),
  srm_case("extreme mismatch (p underflows)", c(100000, 200000), c(1, 1))
)

# ---- Holm ------------------------------------------------------------------------------
holm_case <- function(name, p) list(name = name, p = arr(p), expected = arr(p.adjust(p, "holm")))
holm <- list(
  holm_case("three arms", c(0.01, 0.04, 0.03)),
  holm_case("one arm (unchanged)", c(0.2)),
  holm_case("missing p-value is not counted", c(0.001, NA, 0.02, 0.04)),
  holm_case("unsorted, capped at 1", c(0.2, 0.01, 0.6, 0.03)),
  holm_case("ties", c(0.02, 0.02, 0.02)),
  holm_case("tiny and large", c(1e-20, 0.5, 0.9)),
  holm_case("three arms from the proportions cases", three_arm_p)
)

# ---- sample size -------------------------------------------------------------------------
# tol tightened from R's default (eps^0.25) so uniroot's answer is exact to ~1e-10.
size_case <- function(name, baseline, kind, value, alpha = 0.05, power = 0.8) {
  p2 <- if (kind == "absolute") baseline + value else baseline * (1 + value)
  r <- power.prop.test(p1 = baseline, p2 = p2, sig.level = alpha, power = power, tol = 1e-12)
  closed <- ((qnorm(1 - alpha / 2) * sqrt((baseline + p2) * (1 - (baseline + p2) / 2)) +
              qnorm(power) * sqrt(baseline * (1 - baseline) + p2 * (1 - p2))) / abs(p2 - baseline))^2
  if (abs(closed - r$n) > 1e-8 * r$n) stop(sprintf("%s: power.prop.test %.17g vs closed form %.17g", name, r$n, closed))
  list(name = name, baselineRate = baseline, effect = list(kind = kind, value = value),
       alpha = alpha, power = power,
       expected = list(exactPerArm = r$n, perArm = ceiling(r$n), targetRate = p2))
}
sample_size <- list(
  size_case("10% baseline, +2 points", 0.10, "absolute", 0.02),
  size_case("5% baseline, +10% relative", 0.05, "relative", 0.10),
  size_case("50% baseline, -5 points", 0.50, "absolute", -0.05),
  size_case("1% baseline, +5% relative", 0.01, "relative", 0.05),
  size_case("0% baseline, +1 point", 0.00, "absolute", 0.01),
  size_case("90% baseline to 100%", 0.90, "absolute", 0.10),
  size_case("alpha 0.01, power 0.9", 0.20, "absolute", 0.03, alpha = 0.01, power = 0.9)
)

cat(json(list(
  generatedBy = "scripts/r/stats-reference.R",
  rVersion = R.version.string,
  confidence = conf,
  proportions = proportions,
  bayesian = bayesian,
  welch = welch,
  srm = srm,
  holm = holm,
  sampleSize = sample_size
)), "\n", sep = "")
