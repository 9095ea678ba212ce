import DutyDeskStore
import Foundation

/// Turns SIGINT and SIGTERM into a stop request, so that `ingest` stops reading, stores every
/// line it has read, prints its summary and exits normally. A second signal while stopping
/// ends the process at once, the way an impatient Ctrl-C is meant.
final class SignalStop {
    private var sources: [any DispatchSourceSignal] = []

    init(_ stop: StopRequest, signals: [Int32] = [SIGINT, SIGTERM]) {
        for number in signals {
            // Ignored by the process, seen by the dispatch source instead of killing it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isRequested {
                    signal(number, SIG_DFL)
                    raise(number)
                } else {
                    stop.request()
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
