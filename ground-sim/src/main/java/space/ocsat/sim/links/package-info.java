/**
 * Link-geometry truth for the constellation simulator (issue 5, part 1): a Walker-delta constellation, where each
 * optical terminal can point, whether two points see each other past the Earth and its atmosphere, the Sun in
 * the line of sight, optical ground stations with cloud outages, and the optical link budget. The single-satellite
 * simulation flies its satellite in a {@link space.ocsat.sim.links.PassiveConstellation}: the terminals' world, as
 * {@link space.ocsat.sim.model.PartnerGeometry} states it.
 *
 * <h2>Conventions</h2>
 * As in {@link space.ocsat.sim.orbit}: ECI is the equator and equinox of date, vectors are {@code double[3]} in m or
 * m/s, time is Unix seconds (UTC), angles are rad unless a name says otherwise. Ground sites turn with the Earth
 * by the Greenwich mean sidereal time ({@link space.ocsat.sim.links.EarthRotation}).
 *
 * <h2>Requirements</h2>
 * <table>
 *   <caption>Requirements of the links package and how they are verified</caption>
 *   <tr><th>Id</th><th>Requirement</th><th>Verification</th></tr>
 *   <tr><td>LNK-001</td><td>Results are identical bit for bit on every JVM: StrictMath, never Math.</td>
 *       <td>LinksRulesTest</td></tr>
 *   <tr><td>LNK-002</td><td>A Walker-delta i:T/P/F shell (default 53°:66/6/1 at 550 km) with ids
 *       plane·S + slot, fore/aft neighbours in the plane and cross-plane partners that meet at the plane
 *       crossings.</td><td>WalkerConstellationTest</td></tr>
 *   <tr><td>LNK-003</td><td>A line of sight is clear while its lowest point stays at least 80 km above the WGS-84
 *       ellipsoid; visibility starts and ends agree with Orekit's {@code InterSatDirectViewDetector} within 1 s
 *       over a day.</td><td>OrekitInterSatVisibilityCrossCheckTest, Wgs84Test, LinkGeometryTest</td></tr>
 *   <tr><td>LNK-004</td><td>Each terminal has a documented field of regard in the local orbital frame; in-plane
 *       neighbours stay in FORE/AFT, cross-plane partners in view are in LEFT/RIGHT except while they cross the
 *       velocity axis.</td><td>TerminalMountTest, LinkGeometryTest</td></tr>
 *   <tr><td>LNK-005</td><td>The Sun within the exclusion half-angle (default 3°) of a receiver's line of sight
 *       blinds it unless the Earth hides the Sun.</td><td>LinkGeometryTest</td></tr>
 *   <tr><td>LNK-006</td><td>Ground sites: real optical stations with sources, a 20° mask, ECI positions by GMST
 *       (IAU 1982) within about 1 km.</td><td>GroundSiteTest</td></tr>
 *   <tr><td>LNK-007</td><td>Cloud outages are a two-state Markov chain per site, deterministic for seed and step,
 *       with the configured long-run clear fraction and cloudy spell; a site can be held cloudy.</td>
 *       <td>CloudModelTest</td></tr>
 *   <tr><td>LNK-008</td><td>The link budget reproduces the REFERENCE example (−39.8 dBm) and picks the fastest
 *       rate that keeps the minimum margin.</td><td>LinkBudgetTest</td></tr>
 *   <tr><td>LNK-009</td><td>Per-step calls write into caller arrays and allocate nothing (JDK 17–20, as
 *       ORB-002).</td><td>LinksHotPathAllocationTest</td></tr>
 *   <tr><td>LNK-010</td><td>A passive constellation answers whether a terminal can close a link now — line of sight,
 *       field of regard, the Sun in either receiver, a station's mask and clouds — and with which budget; the
 *       flight software's tables filled from it predict the same view.</td>
 *       <td>PassiveConstellationTest, TerminalModelTest, LinkTablesTest</td></tr>
 * </table>
 */
package space.ocsat.sim.links;
