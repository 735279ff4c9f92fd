# Writes the public series the forecast comparison runs on, long format, for
# scripts/check-forecast-vs-r. Usage: Rscript datasets.R outdir
#  - datasets shipped with R (package datasets) and with the forecast package: group "r-datasets";
#  - 120 simulated monthly shop series (set.seed(11)): group "retail", described below.
# Writes outdir/series.csv (name,period,value), outdir/freq.csv (name,frequency,horizon) and
# outdir/groups.csv (name,group).
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
named <- list(AirPassengers = AirPassengers, UKgas = UKgas, USAccDeaths = USAccDeaths, nottem = nottem,
  co2 = co2, ldeaths = ldeaths, mdeaths = mdeaths, fdeaths = fdeaths, JohnsonJohnson = JohnsonJohnson,
  UKDriverDeaths = UKDriverDeaths, austres = austres, BJsales = BJsales, Nile = Nile, LakeHuron = LakeHuron,
  WWWusage = WWWusage, lynx = lynx, airmiles = airmiles, sunspot.year = sunspot.year, nhtemp = nhtemp,
  lh = lh, uspop = uspop, discoveries = discoveries, precip = NULL,
  wineind = wineind, woolyrnq = woolyrnq, gas = gas)
named <- named[!sapply(named, is.null)]

# Simulated shop series: 6 years of months; level 20..5000 units; trend -1..+2 % a month;
# multiplicative yearly season (a random shape plus a December peak); a Lebaran run-up effect that
# moves with the real Ramadan dates (share of the ten days before Idul Fitri in the month, effect
# 1.2..2.0); a random-walk level for half of them; lognormal noise with sd 0.05..0.25.
set.seed(11)
fitri <- as.Date(c("2019-06-05", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-22", "2024-04-10"))
months <- seq(as.Date("2019-01-01"), by = "month", length.out = 72)
runup <- sapply(seq_along(months), function(i) {
  from <- months[i]; to <- seq(from, by = "month", length.out = 2)[2]
  days <- seq(from, to - 1, by = "day")
  sum(sapply(fitri, function(f) sum(days >= f - 10 & days < f))) / length(days)
})
retail <- list()
for (k in 1:120) {
  level <- exp(runif(1, log(20), log(5000)))
  slope <- runif(1, -0.01, 0.02)
  shape <- exp(rnorm(12, 0, runif(1, 0.05, 0.3))); shape[12] <- shape[12] * runif(1, 1, 1.6)
  shape <- shape / mean(shape)
  lebaran <- runif(1, 1.2, 2.0)
  rw <- if (runif(1) < 0.5) cumsum(rnorm(72, 0, runif(1, 0.01, 0.05))) else rep(0, 72)
  noise <- rnorm(72, 0, runif(1, 0.05, 0.25))
  t <- 0:71
  y <- level * exp(slope * t + rw + noise) * shape[(t %% 12) + 1] * lebaran^runup
  retail[[sprintf("shop%03d", k)]] <- ts(round(y), frequency = 12, start = c(2019, 1))
}

con <- file(file.path(dir, "series.csv"), "w"); writeLines("name,period,value", con)
fcon <- file(file.path(dir, "freq.csv"), "w"); writeLines("name,frequency,horizon", fcon)
gcon <- file(file.path(dir, "groups.csv"), "w"); writeLines("name,group", gcon)
put <- function(nm, y, group) {
  y <- as.numeric(y); fr <- max(1L, as.integer(round(frequency(get_ts(nm)))))
  for (i in seq_along(y)) writeLines(sprintf("%s,%d,%.10g", nm, i, y[i]), con)
  h <- if (fr == 12) 18 else if (fr == 4) 8 else 6
  writeLines(sprintf("%s,%d,%d", nm, fr, h), fcon)
  writeLines(sprintf("%s,%s", nm, group), gcon)
}
get_ts <- function(nm) if (!is.null(named[[nm]])) named[[nm]] else retail[[nm]]
for (nm in names(named)) put(nm, named[[nm]], "r-datasets")
for (nm in names(retail)) put(nm, retail[[nm]], "retail")
close(con); close(fcon); close(gcon)
