package vn.dvc.calendar.internal;

/**
 * The astronomy a lunisolar calendar needs: the moments of new moon and the Sun's apparent
 * longitude, both to well under a minute of time for 1900–2200.
 *
 * <p>New moons follow J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter 49, with all 25
 * periodic and 14 planetary-argument terms. The solar longitude is the Bretagnon &amp; Simon (1986)
 * series with aberration and nutation, as given in Reingold &amp; Dershowitz, <i>Calendrical
 * Calculations</i>. ΔT (dynamical minus universal time) follows the Espenak &amp; Meeus (2006)
 * polynomials. Time4J's {@code VietnameseCalendar} uses the same sources, which is why the two agree.
 *
 * <p>All times are Julian days; "JDE" means in dynamical time (TT), "JD" in universal time (UT).
 */
public final class Astronomy {

    /** Julian day of the epoch J2000.0 (2000-01-01T12:00 TT). */
    static final double J2000 = 2451545.0;

    private static final double RAD = Math.PI / 180.0;

    private Astronomy() {
    }

    /**
     * Moment of the k-th mean lunation's true new moon, in dynamical time. {@code k = 0} is the new
     * moon of 6 January 2000.
     */
    static double newMoonJde(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
        double mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
        double f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
        double om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;

        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double a = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDeg(251.88 + 0.016321 * k)
                + 0.000164 * sinDeg(251.83 + 26.651886 * k)
                + 0.000126 * sinDeg(349.42 + 36.412478 * k)
                + 0.000110 * sinDeg(84.66 + 18.206239 * k)
                + 0.000062 * sinDeg(141.74 + 53.303771 * k)
                + 0.000060 * sinDeg(207.14 + 2.453732 * k)
                + 0.000056 * sinDeg(154.84 + 7.306860 * k)
                + 0.000047 * sinDeg(34.52 + 27.261239 * k)
                + 0.000042 * sinDeg(207.19 + 0.121824 * k)
                + 0.000040 * sinDeg(291.34 + 1.844379 * k)
                + 0.000037 * sinDeg(161.72 + 24.198154 * k)
                + 0.000035 * sinDeg(239.56 + 25.513099 * k)
                + 0.000023 * sinDeg(331.55 + 3.592518 * k);
        return jde + c + a;
    }

    /** Moment of the k-th new moon in civil time (UT before 1972, UTC since). */
    static double newMoonJd(long k) {
        double jde = newMoonJde(k);
        return jde - civilDeltaTSeconds(jde) / 86400.0;
    }

    private static final double[] SL_COEFF = {
        403406, 195207, 119433, 112392, 3891, 2819, 1721, 660, 350, 334, 314, 268, 242, 234, 158,
        132, 129, 114, 99, 93, 86, 78, 72, 68, 64, 46, 38, 37, 32, 29, 28, 27, 27, 25, 24, 21, 21,
        20, 18, 17, 14, 13, 13, 13, 12, 10, 10, 10, 10};
    private static final double[] SL_MULT = {
        0.9287892, 35999.1376958, 35999.4089666, 35998.7287385, 71998.20261, 71998.4403,
        36000.35726, 71997.4812, 32964.4678, -19.4410, 445267.1117, 45036.8840, 3.1008,
        22518.4434, -19.9739, 65928.9345, 9038.0293, 3034.7684, 33718.148, 3034.448, -2280.773,
        29929.992, 31556.493, 149.588, 9037.750, 107997.405, -4444.176, 151.771, 67555.316,
        31556.080, -4561.540, 107996.706, 1221.655, 62894.167, 31437.369, 14578.298, -31931.757,
        34777.243, 1221.999, 62894.511, -4442.039, 107997.909, 119.066, 16859.071, -4.578,
        26895.292, -39.127, 12297.536, 90073.778};
    private static final double[] SL_ADD = {
        270.54861, 340.19128, 63.91854, 331.26220, 317.843, 86.631, 240.052, 310.26, 247.23,
        260.87, 297.82, 343.14, 166.79, 81.53, 3.50, 132.75, 182.95, 162.03, 29.8, 266.4, 249.2,
        157.6, 257.8, 185.1, 69.9, 8.0, 197.1, 250.4, 65.3, 162.7, 341.5, 291.6, 98.5, 146.7,
        110.0, 5.2, 342.6, 230.9, 256.1, 45.3, 242.9, 115.2, 151.8, 285.3, 53.3, 126.6, 205.7,
        85.9, 146.1};

    /**
     * The Sun's apparent geocentric longitude, in degrees in {@code [0, 360)}, at a moment in
     * dynamical time.
     */
    static double solarLongitude(double jde) {
        double c = (jde - J2000) / 36525.0;
        double sum = 0;
        for (int i = 0; i < SL_COEFF.length; i++) {
            sum += SL_COEFF[i] * sinDeg(SL_ADD[i] + SL_MULT[i] * c);
        }
        double lambda = 282.7771834 + 36000.76953744 * c + 0.000005729577951308232 * sum;
        double aberration = 0.0000974 * cosDeg(177.63 + 35999.01848 * c) - 0.005575;
        double a = 124.90 - 1934.134 * c + 0.002063 * c * c;
        double b = 201.11 + 72001.5377 * c + 0.00057 * c * c;
        double nutation = -0.004778 * sinDeg(a) - 0.0003667 * sinDeg(b);
        return mod360(lambda + aberration + nutation);
    }

    /** The Sun's apparent longitude at a moment in civil time (UT before 1972, UTC since). */
    static double solarLongitudeAtUt(double jd) {
        return solarLongitude(jd + civilDeltaTSeconds(jd) / 86400.0);
    }

    /** Julian days (UTC) from which TAI − UTC took each value of {@link #TAI_MINUS_UTC}. */
    private static final double[] LEAP_SECOND_FROM = {
        2441317.5, 2441499.5, 2441683.5, 2442048.5, 2442413.5, 2442778.5, 2443144.5, 2443509.5,
        2443874.5, 2444239.5, 2444786.5, 2445151.5, 2445516.5, 2446247.5, 2447161.5, 2447892.5,
        2448257.5, 2448804.5, 2449169.5, 2449534.5, 2450083.5, 2450630.5, 2451179.5, 2453736.5,
        2454832.5, 2456109.5, 2457204.5, 2457754.5};
    private static final int[] TAI_MINUS_UTC = {
        10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
        33, 34, 35, 36, 37};

    /**
     * TT minus the time civil clocks keep, in seconds. A lunar day starts at midnight by the clock
     * (UTC+7), not by the Earth's rotation. Before 1972 clocks kept mean solar time (UT), so ΔT
     * applies. Since 1972 they keep UTC, which is TT − 32.184 s − (TAI − UTC). No leap second has
     * been added since 2017 and the CGPM decided in 2022 to stop adding them by 2035, so for later
     * dates TT − UTC stays at 69.184 s (Time4J reckons the same way). UT1 will drift away from the
     * clocks by a minute or more in the 22nd century; which of the two an almanac of that time
     * follows is not settled, and only a new moon within that margin of midnight is affected.
     */
    static double civilDeltaTSeconds(double jd) {
        if (jd < LEAP_SECOND_FROM[0]) {
            return deltaTSeconds(decimalYear(jd));
        }
        int i = LEAP_SECOND_FROM.length - 1;
        while (LEAP_SECOND_FROM[i] > jd) {
            i--;
        }
        return 32.184 + TAI_MINUS_UTC[i];
    }

    /**
     * ΔT = TT − UT in seconds, Espenak &amp; Meeus (2006), for the years 1900–2200 this library
     * supports (and a little around them).
     */
    static double deltaTSeconds(double y) {
        double t;
        if (y < 1900) {
            t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * t * t * t * t + t * t * t * t * t / 233174;
        } else if (y < 1920) {
            t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        } else if (y < 1941) {
            t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        } else if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        } else if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        } else if (y < 2005) {
            t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
        } else if (y < 2050) {
            t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        } else if (y < 2150) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        } else {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
    }

    static double decimalYear(double jd) {
        return 2000.0 + (jd - J2000) / 365.2425;
    }

    private static double sinDeg(double deg) {
        return Math.sin(deg * RAD);
    }

    private static double cosDeg(double deg) {
        return Math.cos(deg * RAD);
    }

    private static double mod360(double deg) {
        double r = deg % 360.0;
        return r < 0 ? r + 360.0 : r;
    }
}
