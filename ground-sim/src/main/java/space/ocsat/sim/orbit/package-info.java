/**
 * Orbit and solar environment for the ground simulator: J2 secular propagation, a low-precision Sun
 * ephemeris, the conical Earth shadow and orbit-plane geometry (beta angle, eclipse fraction, sun-synchronous
 * design).
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Frame: ECI, Earth-centred, equator and equinox of date, x toward the vernal equinox, z toward the
 *       north pole. Vectors are {@code double[3]} in m or m/s.</li>
 *   <li>Time: {@code unixS}, seconds since the Unix epoch, UTC (leap seconds ignored, as Unix time does), or
 *       {@code tSinceEpochS}, seconds since an orbit's epoch.</li>
 *   <li>Angles in rad unless a name says otherwise; SI units throughout.</li>
 * </ul>
 *
 * <h2>Requirements</h2>
 * <table>
 *   <caption>Requirements of the orbit package and how they are verified</caption>
 *   <tr><th>Id</th><th>Requirement</th><th>Verification</th></tr>
 *   <tr><td>ORB-001</td><td>Results are identical bit for bit on every JVM: transcendental functions come
 *       from {@link java.lang.StrictMath}, never {@link java.lang.Math}.</td><td>StrictMathRuleTest</td></tr>
 *   <tr><td>ORB-002</td><td>Per-step methods (state, Sun direction, distance, flux, shadow, beta) write into
 *       caller arrays and allocate nothing themselves. On JDK 21 and later {@code StrictMath}'s Java port of
 *       fdlibm allocates small scratch arrays for argument reduction (about 1 kB per step here); that is
 *       the JDK's, in the simulator only, and the price of results identical on every JVM.</td>
 *       <td>HotPathAllocationTest (JDK 17–20)</td></tr>
 *   <tr><td>ORB-003</td><td>Mean elements drift at the secular J2 rates; velocity is the time derivative of
 *       position.</td><td>J2OrbitTest</td></tr>
 *   <tr><td>ORB-004</td><td>Sun direction within 0.02° in declination at equinox and solstice; distance
 *       within 0.0005 AU at perihelion and aphelion.</td><td>SunEphemerisTest</td></tr>
 *   <tr><td>ORB-005</td><td>Shadow is 0 in umbra, 1 in sunlight, the disc-overlap fraction in penumbra.</td>
 *       <td>ShadowTest</td></tr>
 *   <tr><td>ORB-006</td><td>Simulated umbra time per orbit matches the closed-form cylindrical eclipse
 *       fraction within 2 % at low beta; a dawn–dusk SSO has one eclipse season a year.</td>
 *       <td>EclipseDurationTest</td></tr>
 * </table>
 */
package space.ocsat.sim.orbit;
