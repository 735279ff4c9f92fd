package dev.orderan.analytics.fraud;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generated checkout data with documented fraud patterns (described in docs/analytics.md), over
 * 60 days from 1 January 2025:
 * <ul>
 *   <li><b>legitimate</b>: 6000 customers (30 % with accounts opened during the period, whose first
 *   order follows sign-up within two days), households of 1–3 customers sharing an IP and, in a
 *   quarter of households, a family device; 1–2 own devices each; a usual basket ~ lognormal around
 *   Rp 250.000; 30 % of customers mostly pay cash on delivery; Poisson(3) orders at random times;
 *   5 % of customers sometimes order twice within the hour; 4 % of orders are big-ticket (4–8× the
 *   usual amount, 60 % of them cash on delivery); 13 % shipped 5–50 km and 5 % 50–800 km from home
 *   (office, gifts); 1 % on a throwaway e-mail domain;</li>
 *   <li><b>card-testing rings</b> (45): 3–6 accounts opened the same day behind one IP, in half of
 *   the rings on one shared device, each placing 2–5 prepaid orders of Rp 100.000–600.000 within
 *   two hours; half on throwaway e-mail; 40 % shipped far away;</li>
 *   <li><b>fake cash-on-delivery orders</b> (150): the account's first order, cash on delivery,
 *   Rp 600.000–5 juta; the account opened minutes to hours before (70 %) or 1–20 days before;
 *   70 % shipped 20–1000 km away, the rest locally; 40 % on throwaway e-mail;</li>
 *   <li><b>account takeover</b> (110): an existing customer's account ordering 2.5–10× the usual
 *   amount, prepaid; 65 % from a new device and IP, 35 % from the victim's own (session hijack);
 *   60 % shipped 100–1500 km away, the rest 5–50 km;</li>
 *   <li><b>friendly fraud</b>: 0.4 % of otherwise legitimate orders are charged back by the real
 *   customer; they look like any other order and no feature can find them.</li>
 * </ul>
 * The split for evaluation is by time: orders before day 42 train, the rest are held out.
 */
final class FraudSimulation {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant SPLIT = START.plus(Duration.ofDays(42));
    static final Set<String> THROWAWAY = Set.of("mailinator.com", "tempmail.id", "10minutemail.com");
    private static final String[] NORMAL = {"gmail.com", "yahoo.co.id", "outlook.com", "ymail.com", "tokoku.co.id"};

    record Labelled(FraudOrder order, boolean fraud) {
    }

    private record Customer(String id, Instant created, double meanAmount, String email, String[] devices, String ip,
                            double codShare, boolean newAccount) {
    }

    static List<Labelled> run(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Labelled> out = new ArrayList<>();
        List<Customer> customers = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        int household = 0;
        while (customers.size() < 6000) {
            household++;
            int members = 1 + r.nextInt(3);
            String ip = "10." + (household / 250) + "." + (household % 250) + ".1";
            String familyDevice = r.nextDouble() < 0.25 ? "D-H" + household : null;
            for (int m = 0; m < members && customers.size() < 6000; m++) {
                String id = "C" + customers.size();
                boolean newAccount = r.nextDouble() < 0.3;
                Instant created = newAccount ? START.plus(Duration.ofMinutes((long) (r.nextDouble() * 55 * 1440)))
                        : START.minus(Duration.ofDays(1 + r.nextInt(900)));
                String domain = r.nextDouble() < 0.01 ? pick(r, THROWAWAY.toArray(new String[0])) : pick(r, NORMAL);
                List<String> devices = new ArrayList<>(List.of("D-" + id + "-1"));
                if (r.nextDouble() < 0.4) {
                    devices.add("D-" + id + "-2");
                }
                if (familyDevice != null) {
                    devices.add(familyDevice);
                }
                customers.add(new Customer(id, created, 250_000 * Math.exp(0.6 * normal(r)), domain,
                        devices.toArray(new String[0]), ip, r.nextDouble() < 0.3 ? 0.8 : 0.1, newAccount));
            }
        }
        for (Customer c : customers) {
            int orders = poisson(r, 3);
            boolean bursty = r.nextDouble() < 0.05;
            Instant earliest = c.created().isAfter(START) ? c.created() : START;
            long window = Duration.between(earliest, START.plus(Duration.ofDays(60))).toMinutes();
            Instant last = null;
            if (c.newAccount()) {
                orders = Math.max(1, orders);
            }
            for (int k = 0; k < orders; k++) {
                Instant at;
                if (k == 0 && c.newAccount()) {
                    at = c.created().plus(Duration.ofMinutes(5 + (long) (r.nextDouble() * 2 * 1440)));
                } else if (bursty && last != null && r.nextDouble() < 0.5) {
                    at = last.plus(Duration.ofMinutes(5 + r.nextInt(50)));
                } else {
                    at = earliest.plus(Duration.ofMinutes((long) (r.nextDouble() * window)));
                }
                last = at;
                boolean bigTicket = r.nextDouble() < 0.04;
                double amount = c.meanAmount() * Math.exp(0.4 * normal(r)) * (bigTicket ? 4 + 4 * r.nextDouble() : 1);
                boolean cod = bigTicket ? r.nextDouble() < 0.6 : r.nextDouble() < c.codShare();
                double u = r.nextDouble();
                double distance = u < 0.82 ? 5 * r.nextDouble() : u < 0.95 ? 5 + 45 * r.nextDouble() : 50 + 750 * r.nextDouble();
                boolean chargedBack = r.nextDouble() < 0.004;
                out.add(new Labelled(new FraudOrder(next(counters, "L"), c.id(), at, rupiah(amount), cod, c.created(),
                        c.email(), pick(r, c.devices()), c.ip(), distance), chargedBack));
            }
        }
        int rings = 45;
        for (int g = 0; g < rings; g++) {
            Instant day = START.plus(Duration.ofMinutes((long) (r.nextDouble() * 59 * 1440)));
            boolean oneDevice = r.nextBoolean();
            String ip = "172.16." + g + ".9";
            int accounts = 3 + r.nextInt(4);
            for (int a = 0; a < accounts; a++) {
                String id = "R" + g + "-" + a;
                Instant created = day.plus(Duration.ofMinutes(r.nextInt(120)));
                String email = r.nextBoolean() ? pick(r, THROWAWAY.toArray(new String[0])) : pick(r, NORMAL);
                boolean far = r.nextDouble() < 0.4;
                String device = oneDevice ? "RING-DEV-" + g : "RING-DEV-" + g + "-" + a;
                int orders = 2 + r.nextInt(4);
                for (int k = 0; k < orders; k++) {
                    Instant at = created.plus(Duration.ofMinutes(10 + r.nextInt(120)));
                    out.add(new Labelled(new FraudOrder(next(counters, "F"), id, at, rupiah(100_000 + 500_000 * r.nextDouble()),
                            false, created, email, device, ip, far ? 50 + 900 * r.nextDouble() : 10 * r.nextDouble()), true));
                }
            }
        }
        for (int k = 0; k < 150; k++) {
            Instant at = START.plus(Duration.ofMinutes((long) (r.nextDouble() * 59 * 1440)));
            Instant created = r.nextDouble() < 0.7 ? at.minus(Duration.ofMinutes(5 + r.nextInt(600)))
                    : at.minus(Duration.ofDays(1 + r.nextInt(20)));
            String id = "K" + k;
            String email = r.nextDouble() < 0.4 ? pick(r, THROWAWAY.toArray(new String[0])) : pick(r, NORMAL);
            double distance = r.nextDouble() < 0.7 ? 20 + 980 * r.nextDouble() : 20 * r.nextDouble();
            out.add(new Labelled(new FraudOrder(next(counters, "F"), id, at, rupiah(600_000 + 4_400_000 * r.nextDouble()),
                    true, created, email, "D-" + id, "10.200." + (k % 250) + ".7", distance), true));
        }
        for (int k = 0; k < 110; k++) {
            Customer victim = customers.get(r.nextInt(customers.size()));
            Instant earliest = victim.created().isAfter(START) ? victim.created() : START;
            Instant at = earliest.plus(Duration.ofMinutes(60 + (long) (r.nextDouble()
                    * Math.max(1, Duration.between(earliest, START.plus(Duration.ofDays(60))).toMinutes() - 60))));
            boolean hijack = r.nextDouble() < 0.35;
            double distance = r.nextDouble() < 0.6 ? 100 + 1400 * r.nextDouble() : 5 + 45 * r.nextDouble();
            out.add(new Labelled(new FraudOrder(next(counters, "F"), victim.id(), at,
                    rupiah(victim.meanAmount() * (2.5 + 7.5 * r.nextDouble())), false, victim.created(), victim.email(),
                    hijack ? pick(r, victim.devices()) : "ATO-DEV-" + k, hijack ? victim.ip() : "198.51." + (k % 250) + ".3",
                    distance), true));
        }
        out.sort(Comparator.comparing((Labelled l) -> l.order().placedAt()).thenComparing(l -> l.order().orderId()));
        return out;
    }

    private static long rupiah(double amount) {
        return Math.max(10_000, Math.round(amount / 1_000) * 1_000) * 100;
    }

    private static String next(Map<String, Integer> counters, String prefix) {
        return prefix + counters.merge(prefix, 1, Integer::sum);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static double normal(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
