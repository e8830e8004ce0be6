import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP server on 127.0.0.1 for the fetcher's tests: POSIX sockets, a thread per
/// connection, fixed routes. `{PORT}` in a body is replaced by the server's port.
final class TestHTTPServer: @unchecked Sendable {
    struct Response: Sendable {
        var status: Int = 200
        var contentType: String?
        var body: [UInt8]
        var headers: [String: String] = [:]
        /// Send no Content-Length and close the connection to end the body.
        var unannouncedLength = false
        /// Wait this long before answering.
        var delay: TimeInterval = 0

        init(status: Int = 200, _ contentType: String?, _ body: String, headers: [String: String] = [:]) {
            self.init(status: status, contentType, Array(body.utf8), headers: headers)
        }

        init(status: Int = 200, _ contentType: String?, _ body: [UInt8], headers: [String: String] = [:]) {
            self.status = status
            self.contentType = contentType
            self.body = body
            self.headers = headers
        }
    }

    private let listener: Int32
    private let routes: [String: Response]
    /// Guards `closed`: `stop` must not touch the socket once the accept thread has closed it.
    private let lock = NSLock()
    private var closed = false
    let port: UInt16

    init(_ routes: [String: Response]) throws {
        self.routes = routes
        guard let (fd, port) = Self.boundSocket() else { throw POSIXError(.EADDRINUSE) }
        guard listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        listener = fd
        self.port = port
        Thread { [self] in acceptLoop() }.start()
    }

    /// A TCP socket bound to a free port on 127.0.0.1, and the port.
    private static func boundSocket() -> (Int32, UInt16)? {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in bind(fd, sa, length) == 0 && getsockname(fd, sa, &length) == 0 }
        }
        guard bound else { close(fd); return nil }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// Stops accepting. The accepting thread closes the socket itself when its `accept` fails:
    /// closing it here could let a new socket take its number while that thread was about to
    /// call `accept` again, and a stopped server would answer another test's requests.
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        if !closed { shutdown(listener, Int32(SHUT_RDWR)) }
    }

    /// A port on 127.0.0.1 where nothing listens.
    ///
    /// The socket stays bound, never listening, for the life of the test process: connecting is
    /// refused, and no other test's server can be given the same port meanwhile.
    static func closedPort() -> UInt16 {
        boundSocket()?.1 ?? 9
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }   // not a stop: keep serving
                lock.lock()
                closed = true
                close(listener)
                lock.unlock()
                return
            }
            Thread { [self] in handle(client) }.start()
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536, !request.containsHeaderEnd {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            request += buffer[0..<n]
        }
        let firstLine = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self).split(separator: " ")
        let path = firstLine.count > 1 ? String(firstLine[1]) : "/"
        let response = routes[path] ?? Response(status: 404, "text/plain", "no route")
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        let body = response.body.replacing(Array("{PORT}".utf8), with: Array(String(port).utf8))
        var head = "HTTP/1.1 \(response.status) Test\r\nConnection: close\r\n"
        if let type = response.contentType { head += "Content-Type: \(type)\r\n" }
        if !response.unannouncedLength { head += "Content-Length: \(body.count)\r\n" }
        for (name, value) in response.headers { head += "\(name): \(value)\r\n".replacingOccurrences(of: "{PORT}", with: String(port)) }
        let bytes = Array((head + "\r\n").utf8) + body
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a client that hangs up (the fetcher refusing a body) must not SIGPIPE the tests.
            let n = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, noSignal) }
            if n <= 0 { return }
            sent += n
        }
    }
}

#if canImport(Glibc)
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let noSignal: Int32 = 0
#endif

private extension [UInt8] {
    var containsHeaderEnd: Bool {
        count >= 4 && (0...(count - 4)).contains { self[$0] == 13 && self[$0 + 1] == 10 && self[$0 + 2] == 13 && self[$0 + 3] == 10 }
    }
}
