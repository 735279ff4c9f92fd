# Writes the R reference values the unit tests of dev.orderan.analytics.forecast compare with.
# Run once (needs r-cran-forecast): Rscript generate-references.R
# Every CSV is long format case,field,index,value; lines starting with # are comments holding the
# R calls behind each case. Values are printed with 17 significant digits.
suppressMessages(library(forecast))
options(digits = 17)

out <- NULL
comments <- character()
emit <- function(case, field, v) {
  v <- as.numeric(v)
  out <<- rbind(out, data.frame(case = case, field = field, index = seq_along(v) - 1, value = sprintf("%.17g", v)))
}
flush <- function(file) {
  con <- file(file, "w")
  writeLines(paste0("# ", R.version.string, ", forecast ", packageVersion("forecast")), con)
  writeLines(paste0("# ", comments), con)
  writeLines("case,field,index,value", con)
  write.table(out, con, sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
  close(con)
  out <<- NULL
  comments <<- character()
}

# ---- Classical smoothing with fixed constants and simple start values (HoltWintersZZ) ----------
hw <- function(case, y, h, call, ...) {
  fit <- forecast:::HoltWintersZZ(y, ...)
  fc <- forecast(fit, h = h, PI = FALSE)
  comments <<- c(comments, sprintf("%s: forecast(forecast:::HoltWintersZZ(%s), h = %d)", case, call, h))
  emit(case, "y", y); emit(case, "m", frequency(y)); emit(case, "fitted", fitted(fit)); emit(case, "mean", fc$mean)
}
hw("ses_nile", Nile, 10, "Nile, alpha = 0.2, beta = FALSE, gamma = FALSE", alpha = 0.2, beta = FALSE, gamma = FALSE)
hw("ses_lakehuron", LakeHuron, 10, "LakeHuron, alpha = 0.85, beta = FALSE, gamma = FALSE", alpha = 0.85, beta = FALSE, gamma = FALSE)
hw("holt_bjsales", BJsales, 12, "BJsales, alpha = 0.6, beta = 0.2, gamma = FALSE", alpha = 0.6, beta = 0.2, gamma = FALSE)
hw("damped_bjsales", BJsales, 12, "BJsales, alpha = 0.6, beta = 0.2, gamma = FALSE, phi = 0.9", alpha = 0.6, beta = 0.2, gamma = FALSE, phi = 0.9)
hw("hw_add_usaccdeaths", USAccDeaths, 24, "USAccDeaths, alpha = 0.4, beta = 0.05, gamma = 0.3, seasonal = 'additive'", alpha = 0.4, beta = 0.05, gamma = 0.3, seasonal = "additive")
hw("hw_add_airpassengers", AirPassengers, 24, "AirPassengers, alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = 'additive'", alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = "additive")
# Multiplicative: forecast() of R's classical fit uses second-order moments beyond one season, so
# only the first season of forecasts is the plain recurrence; h = m.
hw("hw_mult_airpassengers", AirPassengers, 12, "AirPassengers, alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = 'multiplicative'", alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = "multiplicative")
hw("hw_mult_ukgas", UKgas, 4, "UKgas, alpha = 0.5, beta = 0.02, gamma = 0.4, seasonal = 'multiplicative'", alpha = 0.5, beta = 0.02, gamma = 0.4, seasonal = "multiplicative")
flush("holt-winters.csv")

# ---- ETS state-space recursions with every parameter and initial state given -----------------
# pegelsresid.C runs the likelihood recursion; the moments come from forecast:::class1/2/3.
ets_case <- function(case, y, model, damped, alpha, beta, gamma, phi, init, h) {
  e <- substr(model, 1, 1); t <- substr(model, 2, 2); s <- substr(model, 3, 3)
  m <- frequency(y)
  r <- forecast:::pegelsresid.C(y, m, init, e, t, s, damped, alpha, beta, gamma, phi, 3)
  last <- r$states[nrow(r$states), ]
  par <- c(alpha = alpha, beta = beta, gamma = gamma, phi = phi)
  n <- length(y)
  np <- length(init) - (s != "N") + 1 + (t != "N") + (s != "N") + damped
  sigma2 <- sum(r$e^2) / n
  cls <- if (e == "A") forecast:::class1 else if (s == "M") forecast:::class3 else forecast:::class2
  mom <- cls(h, last, t, s, damped, m, sigma2, par)
  comments <<- c(comments, sprintf("%s: forecast:::pegelsresid.C(y, %d, init, '%s', '%s', '%s', %s, %g, %g, %g, %g, 3); moments from forecast:::class%s(%d, last state, ..., sigma2 = sum(e^2)/n)",
    case, m, e, t, s, damped, alpha, beta, gamma, phi, if (e == "A") "1" else if (s == "M") "3" else "2", h))
  emit(case, "y", y); emit(case, "m", m); emit(case, "model", c(match(e, c("A","M")), match(t, c("N","A")), match(s, c("N","A","M")), damped))
  emit(case, "par", c(alpha, beta, gamma, phi)); emit(case, "init", init)
  emit(case, "lik", r$lik); emit(case, "e", r$e); emit(case, "last", last)
  emit(case, "mu", mom$mu); emit(case, "var", mom$var)
}
ap <- AirPassengers; ug <- UKgas
sa <- c(0.92, 0.80, 0.91, 1.06, 1.22, 1.23, 1.11, 0.98, 0.98, 1.01, 0.89); sm <- c(sa, 12 - sum(sa))
sadd <- c(-25, -40, -15, 5, 35, 40, 20, -5, -3, 2, -20); sad <- c(sadd, -sum(sadd))
ets_case("ann_nile", Nile, "ANN", FALSE, 0.25, 0, 0, 1, c(1100), 10)
ets_case("mnn_nile", Nile, "MNN", FALSE, 0.25, 0, 0, 1, c(1100), 10)
ets_case("aan_bjsales", BJsales, "AAN", FALSE, 0.8, 0.3, 0, 1, c(199, 0.4), 12)
ets_case("aadn_bjsales", BJsales, "AAN", TRUE, 0.8, 0.3, 0, 0.9, c(199, 0.4), 12)
ets_case("man_bjsales", BJsales, "MAN", FALSE, 0.8, 0.3, 0, 1, c(199, 0.4), 12)
ets_case("ana_airpassengers", ap, "ANA", FALSE, 0.4, 0, 0.2, 1, c(120, sad), 24)
ets_case("aaa_airpassengers", ap, "AAA", FALSE, 0.4, 0.05, 0.2, 1, c(120, 1.5, sad), 24)
ets_case("aada_airpassengers", ap, "AAA", TRUE, 0.4, 0.05, 0.2, 0.95, c(120, 1.5, sad), 24)
ets_case("maa_airpassengers", ap, "MAA", FALSE, 0.4, 0.05, 0.2, 1, c(120, 1.5, sad), 24)
ets_case("mna_airpassengers", ap, "MNA", FALSE, 0.4, 0, 0.2, 1, c(120, sad), 24)
ets_case("mnm_airpassengers", ap, "MNM", FALSE, 0.5, 0, 0.1, 1, c(120, sm), 24)
ets_case("mam_airpassengers", ap, "MAM", FALSE, 0.5, 0.02, 0.1, 1, c(120, 1.5, sm), 24)
ets_case("mam_ukgas", ug, "MAM", FALSE, 0.3, 0.05, 0.3, 1, c(160, 1, 1.3, 0.7, 0.8, 1.2), 8)
# damped multiplicative season: only the likelihood recursion (forecast:::class3 treats the trend
# of a damped model as undamped in its mean, so its moments are not a reference)
ets_case2 <- function(case, y, model, damped, alpha, beta, gamma, phi, init) {
  e <- substr(model, 1, 1); t <- substr(model, 2, 2); s <- substr(model, 3, 3)
  r <- forecast:::pegelsresid.C(y, frequency(y), init, e, t, s, damped, alpha, beta, gamma, phi, 3)
  comments <<- c(comments, sprintf("%s: forecast:::pegelsresid.C(y, %d, init, '%s', '%s', '%s', %s, %g, %g, %g, %g, 3)",
    case, frequency(y), e, t, s, damped, alpha, beta, gamma, phi))
  emit(case, "y", y); emit(case, "m", frequency(y)); emit(case, "model", c(match(e, c("A","M")), match(t, c("N","A")), match(s, c("N","A","M")), damped))
  emit(case, "par", c(alpha, beta, gamma, phi)); emit(case, "init", init)
  emit(case, "lik", r$lik); emit(case, "e", r$e); emit(case, "last", r$states[nrow(r$states), ])
}
ets_case2("madm_airpassengers", ap, "MAM", TRUE, 0.5, 0.02, 0.1, 0.95, c(120, 1.5, sm))
flush("ets-fixed.csv")

# ---- Croston -----------------------------------------------------------------------------------
cro <- function(case, y, alpha) {
  f <- croston(y, h = 5, alpha = alpha)
  comments <<- c(comments, sprintf("%s: croston(y, h = 5, alpha = %g); fitted(.)", case, alpha))
  emit(case, "y", y); emit(case, "alpha", alpha); emit(case, "mean", f$mean)
  fit <- as.numeric(f$fitted); fit[is.na(fit)] <- NaN; emit(case, "fitted", fit)
}
y1 <- c(0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 0, 0, 4, 0, 1, 0, 0, 6, 0, 0, 3, 0, 0)
y2 <- c(1, 0, 0, 0, 2, 0, 0, 7, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 2)
y3 <- c(0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 9)
y4 <- c(2, 2, 2, 2, 2, 2, 2, 2)
y5 <- c(0, 0, 0, 0, 5, 0)
cro("croston_y1", y1, 0.1); cro("croston_y1_a3", y1, 0.3); cro("croston_y2", y2, 0.1)
cro("croston_y3", y3, 0.1); cro("croston_constant", y4, 0.1); cro("croston_single", y5, 0.1)
cro("croston_discoveries", as.numeric(discoveries) * (as.numeric(discoveries) > 2), 0.1)
flush("croston.csv")

# ---- Normal quantiles --------------------------------------------------------------------------
p <- c(1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.02, 0.02425, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6,
       0.75, 0.8, 0.9, 0.95, 0.975, 0.98, 0.99, 0.995, 0.999, 0.9999, 1 - 1e-8)
comments <- c("qnorm(p) and pnorm(x) at the listed points")
emit("qnorm", "p", p); emit("qnorm", "q", qnorm(p))
x <- c(-37, -20, -8, -5, -3, -2.5, -1, -0.5, 0, 0.3, 1, 1.6448536269514722, 2, 2.5, 3, 5, 8)
emit("pnorm", "x", x); emit("pnorm", "p", pnorm(x))
flush("normal.csv")

# ---- Admissible region -------------------------------------------------------------------------
# The reference is the spectral radius of the discount matrix D = F - g w' computed by eigen(),
# leaving out for seasonal models the eigenvalue 1 that every seasonal model has (level and
# seasonal states overlap). forecast:::admissible() is recorded beside it: for damped models it
# disagrees with the eigenvalues at some points (see docs/forecasting.md).
radius <- function(m, trend, damped, alpha, beta, gamma, phi) {
  seasonal <- m > 1
  p <- 1 + trend + if (seasonal) m else 0
  F <- matrix(0, p, p); F[1, 1] <- 1
  w <- numeric(p); w[1] <- 1
  g <- numeric(p); g[1] <- alpha
  if (trend) { F[1, 2] <- phi; F[2, 2] <- phi; w[2] <- phi; g[2] <- beta }
  if (seasonal) {
    s1 <- 2 + trend
    F[s1, p] <- 1
    if (m > 1) for (i in (s1 + 1):p) F[i, i - 1] <- 1
    w[p] <- 1; g[s1] <- gamma
  }
  ev <- eigen(F - g %*% t(w), only.values = TRUE)$values
  if (seasonal) ev <- ev[-which.min(Mod(ev - 1))]
  max(Mod(ev))
}
set.seed(20240611)
rows <- NULL
for (m in c(1, 4, 12)) {
  for (i in 1:300) {
    trend <- runif(1) < 0.7
    damped <- trend && runif(1) < 0.5
    alpha <- runif(1, -0.5, 2)
    beta <- if (trend) runif(1, -0.5, 2.5) else 0
    gamma <- if (m > 1) runif(1, -0.5, 1.5) else 0
    phi <- if (damped) runif(1, 0.5, 1) else 1
    r <- radius(m, trend, damped, alpha, beta, gamma, phi)
    a <- forecast:::admissible(alpha, if (trend) beta else NULL, if (m > 1) gamma else NULL, if (damped) phi else NULL, m)
    rows <- rbind(rows, c(m, trend, damped, alpha, beta, gamma, phi, r, a))
  }
}
comments <- c("row: m, trend, damped, alpha, beta, gamma, phi, spectral radius of F - g w' without the seasonal unit root (eigen()), forecast:::admissible(alpha, beta, gamma, phi, m); set.seed(20240611)")
for (i in seq_len(nrow(rows))) emit(sprintf("p%04d", i), "row", rows[i, ])
flush("admissible.csv")

# ---- Automatic ETS and Theta on whole series ---------------------------------------------------
# Not deterministic across implementations (numerical optimisation): the tests check that our
# automatic ETS reaches an AICc at least as low as ets() and that Theta is within 0.1 % of thetaf().
auto <- function(case, y, h) {
  fit <- ets(y)
  th <- thetaf(y, h = h)
  comments <<- c(comments, sprintf("%s: ets(y) -> %s, AICc %.4f; thetaf(y, h = %d)$mean", case, fit$method, fit$aicc, h))
  emit(case, "y", y); emit(case, "m", frequency(y)); emit(case, "aicc", fit$aicc)
  emit(case, "model", c(match(fit$components[1], c("A", "M")), match(fit$components[2], c("N", "A")),
    match(fit$components[3], c("N", "A", "M")), as.logical(fit$components[4])))
  emit(case, "theta", th$mean)
}
auto("AirPassengers", AirPassengers, 24); auto("UKgas", UKgas, 8); auto("USAccDeaths", USAccDeaths, 24)
auto("nottem", nottem, 24); auto("wineind", wineind, 24); auto("JohnsonJohnson", JohnsonJohnson, 8)
auto("BJsales", BJsales, 10); auto("Nile", Nile, 10); auto("WWWusage", WWWusage, 10)
flush("ets-auto.csv")
