import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The `waymark serve` preview: builds the site, serves both output folders on a loopback
/// address, and rebuilds when a source file changes. Each connection runs on its own thread.
public final class PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var site: URL
        public var host: String
        /// 0 picks a free port; `port` on the server returns the one bound.
        public var port: UInt16
        public var today: CalendarDay
        public var language: Language
        /// Seconds between two scans of the sources.
        public var pollInterval: Double

        public init(site: URL, host: String = "127.0.0.1", port: UInt16 = 8000, today: CalendarDay, language: Language, pollInterval: Double = 0.3) {
            self.site = site
            self.host = host
            self.port = port
            self.today = today
            self.language = language
            self.pollInterval = pollInterval
        }
    }

    public let configuration: Configuration
    public let port: UInt16
    private let socket: ListeningSocket
    private let router: RequestRouter
    private let state = Mutex(BuildState())
    /// Keeps decoded items and written output between rebuilds; only the watcher thread builds.
    private let builder: Mutex<IncrementalBuilder>
    private let running = Atomic<Bool>(false)
    private let log: @Sendable (String) -> Void

    /// Binds the socket. Throws when the host is not a loopback address or the port is taken.
    public init(_ configuration: Configuration, log: @escaping @Sendable (String) -> Void) throws(ServeError) {
        let language = configuration.language
        guard let address = ListeningSocket.loopbackAddress(configuration.host) else {
            throw ServeError(message: CommandStrings.text("serve.notLoopback", language, configuration.host))
        }
        socket = try ListeningSocket(address: address, port: configuration.port) { call, code in
            ServeError(message: CommandStrings.text("serve.socketFailed", language, call, configuration.host, String(configuration.port), String(cString: strerror(code))))
        }
        self.configuration = configuration
        self.port = socket.port
        self.log = log
        builder = Mutex(IncrementalBuilder(options: SiteBuilder.Options(site: configuration.site, today: configuration.today, write: true)))
        router = RequestRouter(
            publicRoot: configuration.site.appendingPathComponent("public"),
            internalRoot: configuration.site.appendingPathComponent("internal"),
            language: language
        )
    }

    /// The number of builds so far, failed ones included.
    public var version: Int { state.withLock { $0.version } }

    /// Builds once, then accepts connections and watches the sources on background threads.
    public func start() {
        running.store(true, ordering: .sequentiallyConsistent)
        // The first snapshot is taken before the build, so an edit made while it runs, or before
        // the watcher thread starts, still triggers a rebuild.
        let watcher = SiteWatcher(site: configuration.site)
        let sources = watcher.snapshot()
        rebuild()
        log(CommandStrings.text("serve.started", configuration.language, configuration.site.path, configuration.host, String(port)))
        Thread.detachNewThread { self.acceptLoop() }
        Thread.detachNewThread { self.watchLoop(watcher, from: sources) }
    }

    /// Closes the listening socket; the watcher stops within one poll interval.
    public func stop() {
        guard running.exchange(false, ordering: .sequentiallyConsistent) else { return }
        socket.close()
        log(CommandStrings.text("serve.stopped", configuration.language, String(port)))
    }

    /// Builds into the output folders. A failed build writes nothing, so the last good site stays served.
    func rebuild() {
        let report = builder.withLock { $0.build() }
        let errors = report.diagnostics.errors
        let version = state.withLock { current in
            current.version += 1
            current.errors = errors
            current.itemCount = report.itemCount
            return current.version
        }
        let language = configuration.language
        if errors.isEmpty {
            log(CommandStrings.text("serve.built", language, String(report.itemCount), String(version)))
        } else {
            for error in report.diagnostics.sorted where error.severity == .error { log(error.formatted(language)) }
            log(CommandStrings.text("serve.buildFailed", language, String(errors.count), String(version)))
        }
    }

    private func acceptLoop() {
        while running.load(ordering: .sequentiallyConsistent) {
            let descriptor = accept(socket.descriptor, nil, nil)
            guard descriptor >= 0 else {
                let code = errno
                if running.load(ordering: .sequentiallyConsistent), code != EINTR {
                    log(CommandStrings.text("serve.connectionFailed", configuration.language, "accept: " + String(cString: strerror(code))))
                }
                continue
            }
            // NOTE: threads are not pooled or capped; acceptable for one local user previewing a site.
            Thread.detachNewThread { self.handle(Connection(descriptor: descriptor)) }
        }
    }

    private func handle(_ connection: Connection) {
        defer { connection.close() }
        connection.setTimeout(seconds: 5)
        guard let bytes = connection.readHead() else { return }
        guard let head = HTTPRequestHead(bytes) else {
            connection.send(HTTPResponse.text(400, "Bad Request", "400 Bad Request").serialized(includeBody: true))
            return
        }
        let current = state.withLock { $0 }
        let response = router.response(to: head, state: current)
        connection.send(response.serialized(includeBody: head.method != "HEAD"))
    }

    private func watchLoop(_ watcher: SiteWatcher, from first: [String: SiteWatcher.FileStamp]) {
        var last = first
        while running.load(ordering: .sequentiallyConsistent) {
            Thread.sleep(forTimeInterval: configuration.pollInterval)
            let now = watcher.snapshot()
            guard now != last, running.load(ordering: .sequentiallyConsistent) else { continue }
            last = now
            log(CommandStrings.text("serve.changed", configuration.language))
            rebuild()
        }
    }
}
