/**
 * The real GPU binding: {@link space.ocsat.hal.compute.GpuModules} over NVIDIA's {@code nvidia-smi}, so a rig with
 * real GPUs lets ocsat read and throttle them ({@link space.ocsat.hal.compute.nvidia.NvidiaSmiGpus}).
 *
 * <h2>What a rig needs</h2>
 * <ul>
 *   <li>The NVIDIA driver's {@code nvidia-smi} on the PATH of the ocsat process, or its path given as
 *       {@link space.ocsat.hal.compute.nvidia.NvidiaSmiConfig#executable(String)}. Reading needs no privilege.</li>
 *   <li>Setting caps ({@code -pl}) needs root (or the capability the driver asks for; in a container
 *       {@code --cap-add=SYS_ADMIN}); without it every change is refused ("Insufficient Permissions", exit 4), counted
 *       and visible as an unchanged cap. Persistence mode ({@code nvidia-smi -pm 1}, or the
 *       {@code nvidia-persistenced} service) keeps the driver loaded between calls, which makes each call tens of
 *       milliseconds rather than up to seconds, and keeps a set limit from being lost when the GPU goes idle.</li>
 *   <li>ocsat GPU {@code i} is nvidia-smi index {@code i} (PCI bus order). Indices are stable while the host runs;
 *       a GPU missing at boot shifts the ones after it, so pin {@link
 *       space.ocsat.hal.compute.nvidia.NvidiaSmiConfig#gpuCount(int)} on a rig where that matters.</li>
 *   <li>A limit set with {@code -pl} does not survive a reboot or driver reload; ocsat sets it again when it
 *       differs from the commanded cap.</li>
 * </ul>
 *
 * <h2>Threading</h2>
 * One daemon thread ({@code ocsat-nvidia-smi}) owns the tool. Each period (default 1 s) it runs the queued cap
 * changes (one {@code nvidia-smi -i N -pl W} per GPU whose requested cap differs from the one in force, the latest
 * request per GPU, at most {@code maxCapCallsPerPeriod}) and then ONE batched query for every value of every GPU:
 * <pre>
 * nvidia-smi --query-gpu=index,pci.bus_id,power.draw,temperature.gpu,utilization.gpu,power.limit,
 *            power.min_limit,power.max_limit,ecc.errors.uncorrected.volatile.total,pstate
 *            --format=csv,noheader,nounits
 * </pre>
 * and publishes it in a double-buffered seqlock snapshot of primitive arrays. The control thread never runs a
 * process, never waits for the worker and never allocates: getters read the snapshot, {@code setPowerCapW} validates
 * and queues. A process that runs past the timeout (default 2 s) is killed with its children; output goes to a file,
 * so a hung tool cannot block a reader.
 *
 * <h2>What each HAL call maps to</h2>
 * <table>
 *   <caption>GpuModules over nvidia-smi</caption>
 *   <tr><th>call</th><th>nvidia-smi</th></tr>
 *   <tr><td>count</td><td>rows of the first query (or the configured count)</td></tr>
 *   <tr><td>powerW</td><td>{@code power.draw}, W</td></tr>
 *   <tr><td>dieTempK</td><td>{@code temperature.gpu} °C + 273.15</td></tr>
 *   <tr><td>utilization</td><td>{@code utilization.gpu} % / 100 (NaN if "[N/A]")</td></tr>
 *   <tr><td>powerCapW</td><td>{@code power.limit} as read back: a refused change shows as no change</td></tr>
 *   <tr><td>setPowerCapW</td><td>{@code -i N -pl W} (W with 2 decimals), queued, validated against the reported
 *       {@code power.min_limit}/{@code power.max_limit}</td></tr>
 *   <tr><td>minCapW / maxCapW</td><td>the range every GPU accepts (highest min, lowest max) from the first query,
 *       else the configured fallback (200..700 W)</td></tr>
 *   <tr><td>eccErrors</td><td>{@code ecc.errors.uncorrected.volatile.total}; a board without ECC reads 0</td></tr>
 *   <tr><td>isHung</td><td>the GPU is lost (below)</td></tr>
 *   <tr><td>isPowered / setPowered</td><td>no equivalent: nvidia-smi cannot switch a supply. Every GPU reads powered;
 *       power-on is OK (it is on), power-off returns FAILED, changes nothing and is counted. (DeviceStatus has no
 *       "not supported" value; FAILED is the honest nearest.) A power cycle must come from the rig's PDU.</td></tr>
 *   <tr><td>setDrain / isDrained</td><td>no equivalent: nvidia-smi cannot checkpoint jobs. setDrain records the
 *       request (OK); isDrained is true while it is requested, the GPU answers OK and {@code utilization.gpu} is 0 %.
 *       Taking the node out of the rig's job scheduler is the scheduler's business.</td></tr>
 * </table>
 *
 * <h2>Failures: status values and counters, never exceptions after construction</h2>
 * <table>
 *   <caption>What each failure reads as</caption>
 *   <tr><th>failure</th><th>status</th><th>isHung</th><th>counted as</th></tr>
 *   <tr><td>executable missing or not executable (IOException at start)</td><td>every GPU NO_RESPONSE</td>
 *       <td>unchanged</td><td>TOOL_START_FAILURES, QUERY_FAILURES</td></tr>
 *   <tr><td>tool hangs: past the timeout</td><td>NO_RESPONSE once the snapshot is older than
 *       {@code staleAfterNs} (default 3 periods), then after the kill</td><td>unchanged</td>
 *       <td>TIMEOUTS, QUERY_FAILURES</td></tr>
 *   <tr><td>a GPU index that never answered (a {@code gpuCount} above the real count)</td><td>NO_RESPONSE</td>
 *       <td>false</td><td>-</td></tr>
 *   <tr><td>non-zero exit with no row (driver not loaded 9, no devices 6, NVML missing 12...)</td>
 *       <td>every GPU NO_RESPONSE</td><td>unchanged, except GPUs a "device handle" error names</td>
 *       <td>QUERY_FAILURES</td></tr>
 *   <tr><td>a GPU that answered before: its row gone while others answer; "[GPU is lost]" or "[GPU requires
 *       reset]" in its row;
 *       "Unable to determine the device handle for GPU &lt;its bus id&gt;" (Xid 79, fallen off the bus)</td>
 *       <td>that GPU NO_RESPONSE (last values kept)</td><td>true, until it answers again</td><td>GPUS_LOST</td></tr>
 *   <tr><td>"[Unknown Error]", "[N/A]" or "[Not Supported]" in power.draw, temperature.gpu or power.limit</td>
 *       <td>FAILED (its readings are NaN)</td><td>false</td><td>-</td></tr>
 *   <tr><td>"[N/A]" etc. in utilisation, limits, ECC or pstate</td><td>OK: tolerated (NaN, fallback range,
 *       last ECC count, pstate -1)</td><td>false</td><td>-</td></tr>
 *   <tr><td>an impossible value (negative power, temperature outside -60..200 °C)</td><td>OUT_OF_RANGE</td>
 *       <td>false</td><td>-</td></tr>
 *   <tr><td>{@code -pl} refused: non-zero exit ("Insufficient Permissions" 4), "not supported" warning with exit 0,
 *       timeout</td><td>cap unchanged; later setPowerCapW on that GPU return FAILED until a change succeeds; retried
 *       after {@code capRetryNs} (default 10 periods)</td><td>-</td><td>CAP_CHANGES_REFUSED</td></tr>
 * </table>
 * The flight software's GPU_HANG path ({@code GpuHealth}) acts on a GPU that reads powered and hung: a lost GPU is
 * both, so FDIR raises GPU_HANG, tries a power cycle (refused here: ACTUATION_FAILED) and then isolates it. The tool
 * failing as a whole is not a hang: every GPU reads NO_RESPONSE (not usable) instead.
 * {@link space.ocsat.hal.compute.nvidia.NvidiaSmiGpus#lastError()} keeps the last trouble's text for the rig's logs
 * (the hal has no logging dependency).
 *
 * <h2>Requirements</h2>
 * <table>
 *   <caption>Requirements (issue 7 §4)</caption>
 *   <tr><th>id</th><th>requirement</th><th>verified by</th></tr>
 *   <tr><td>NV-01</td><td>Reads power, temperature, utilisation, limit of 2+ GPUs in SI units</td>
 *       <td>NvidiaSmiGpusTest#readsEveryGpuInSiUnitsFromOneBatchedQuery</td></tr>
 *   <tr><td>NV-02</td><td>One query process per period whatever the number of reads</td>
 *       <td>NvidiaSmiGpusTest#runsExactlyOneQueryProcessPerPeriodHoweverOftenItIsRead</td></tr>
 *   <tr><td>NV-03</td><td>A cap change runs {@code -i N -pl W} once (latest wins) and is read back</td>
 *       <td>NvidiaSmiGpusTest#appliesTheLatestQueuedCapWithOneCallAndReadsItBack</td></tr>
 *   <tr><td>NV-04</td><td>A cap outside the reported limits is OUT_OF_RANGE without calling the tool</td>
 *       <td>NvidiaSmiGpusTest#rejectsACapOutsideTheReportedLimitsWithoutCallingTheTool</td></tr>
 *   <tr><td>NV-05</td><td>A refused {@code -pl} leaves the cap, is counted and reported</td>
 *       <td>NvidiaSmiGpusTest#aRefusedCapChangeLeavesTheCapAndIsCountedAndReported and ...NotSupportedWarning...</td></tr>
 *   <tr><td>NV-06</td><td>A missing tool is NO_RESPONSE, never an exception</td>
 *       <td>NvidiaSmiGpusTest#aMissingToolReadsNoResponseWithoutThrowing, ...NotExecutable...</td></tr>
 *   <tr><td>NV-07</td><td>A GPU that disappears mid-run reads NO_RESPONSE and hung</td>
 *       <td>NvidiaSmiGpusTest#aGpuThatDisappearsMidRunReadsNoResponseAndHung</td></tr>
 *   <tr><td>NV-08</td><td>"[N/A]" fields are tolerated</td><td>NvidiaSmiGpusTest#toleratesNotAvailableFields,
 *       QueryParserTest</td></tr>
 *   <tr><td>NV-09</td><td>Getters never block while the tool hangs; stale reads NO_RESPONSE; hung tool killed</td>
 *       <td>NvidiaSmiGpusTest#gettersReturnAtOnceWhileTheToolHangsAndTheStaleSnapshotReadsNoResponse,
 *       ...KillsAToolThatHangsPastTheTimeout...</td></tr>
 *   <tr><td>NV-10</td><td>The control thread allocates nothing</td>
 *       <td>NvidiaSmiGpusTest#theControlThreadAllocatesNothing</td></tr>
 *   <tr><td>NV-11</td><td>A bare executable name is found on the configured environment's PATH</td>
 *       <td>NvidiaSmiGpusTest#findsTheToolOnThePathOfTheConfiguredEnvironment</td></tr>
 * </table>
 */
package space.ocsat.hal.compute.nvidia;
