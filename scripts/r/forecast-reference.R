# Holdout accuracy of R's forecast package on the series of a long-format CSV, for
# scripts/check-forecast-vs-r. Usage: Rscript forecast-reference.R series.csv freq.csv out.csv
# For every series the last `horizon` observations are held out; ets(), thetaf(), croston() (for
# series with zeros), naive and seasonal naive forecast them from the rest, scored with MASE/RMSSE
# (scale: in-sample seasonal naive errors for seasonal series, naive otherwise) and sMAPE.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
f <- read.csv(args[2], stringsAsFactors = FALSE)
score <- function(train, freq, actual, fc) {
  lag <- if (freq > 1 && length(train) > freq) freq else 1
  dd <- diff(train, lag = lag)
  e <- actual - fc
  den <- abs(actual) + abs(fc)
  sm <- ifelse(den == 0, 0, 200 * abs(e) / den)
  c(mase = mean(abs(e)) / mean(abs(dd)), rmsse = sqrt(mean(e^2) / mean(dd^2)), smape = mean(sm))
}
rows <- list()
for (i in seq_len(nrow(f))) {
  nm <- f$name[i]; freq <- f$frequency[i]; h <- f$horizon[i]
  s <- d[d$name == nm, ]
  s <- s[order(s$period), ]
  y <- s$value
  n <- length(y)
  if (n - h < 4) next
  train <- ts(y[1:(n - h)], frequency = freq)
  actual <- y[(n - h + 1):n]
  add <- function(method, model, fc, ms = NA, aicc = NA) {
    sc <- score(as.numeric(train), freq, actual, as.numeric(fc))
    rows[[length(rows) + 1]] <<- data.frame(name = nm, method = method, model = model, mase = sc[["mase"]],
      rmsse = sc[["rmsse"]], smape = sc[["smape"]], ms = ms, aicc = aicc, stringsAsFactors = FALSE)
  }
  t0 <- proc.time()[["elapsed"]]
  fit <- tryCatch(ets(train), error = function(e) NULL)
  t1 <- proc.time()[["elapsed"]]
  if (!is.null(fit)) add("ets", fit$method, forecast(fit, h = h)$mean, 1000 * (t1 - t0), if (is.null(fit$aicc)) NA else fit$aicc)
  th <- tryCatch(thetaf(train, h = h)$mean, error = function(e) NULL)
  if (!is.null(th)) add("theta", "Theta", th)
  if (min(y) >= 0 && any(train == 0)) add("croston", "Croston", croston(train, h = h)$mean)
  add("naive", "Naive", naive(train, h = h)$mean)
  add("snaive", "SeasonalNaive", snaive(train, h = h)$mean)
}
out <- do.call(rbind, rows)
write.csv(out, args[3], row.names = FALSE, quote = TRUE)
