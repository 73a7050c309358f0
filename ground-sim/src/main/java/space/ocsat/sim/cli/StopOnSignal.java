package space.ocsat.sim.cli;

import space.ocsat.sim.MissionRun;

/** Ctrl-C or SIGTERM ends a live run cleanly: the run stops at the next step and writes its folder. */
final class StopOnSignal {
    private StopOnSignal() {
    }

    static void install(MissionRun run) {
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            run.stop();
            try {
                main.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ocsat-stop"));
    }
}
