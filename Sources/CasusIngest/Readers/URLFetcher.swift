import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A body fetched over HTTP, with what the server said about it.
public struct FetchedBody: Sendable {
    public var bytes: [UInt8]
    /// The `Content-Type` header as sent, if any.
    public var contentType: String?
    /// Where the body came from after redirects.
    public var url: String
}

/// Fetches one http(s) URL with a timeout and a size limit, refusing what Casus cannot read.
///
/// Blocking: `fetch` waits for the transfer on a session of its own, so it can be called from
/// the synchronous reading loop. The body is abandoned as soon as it passes `maxBytes`.
public struct URLFetcher: Sendable {
    public var timeout: TimeInterval
    public var maxBytes: Int
    public var userAgent = "Casus (political event coder)"

    public init(timeout: TimeInterval = 30, maxBytes: Int = 64 << 20) {
        self.timeout = timeout
        self.maxBytes = maxBytes
    }

    static func isURL(_ path: String) -> Bool {
        let lower = path.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Media types Casus reads; a body without a type is sniffed instead.
    static func accepts(mediaType: String, url: URL) -> Bool {
        if Sniffer.format(forMediaType: mediaType) != nil { return true }
        // Static servers often send JSON Lines as JSON or as bytes: trust the extension then.
        let ext = url.pathExtension.lowercased()
        return DocumentReader.jsonLinesExtensions.contains(ext) && (mediaType == "application/json" || mediaType == "application/octet-stream")
    }

    public func fetch(_ address: String) -> Result<FetchedBody, InputProblem> {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else {
            return .failure(InputProblem(address, "not a valid http(s) URL: skipped"))
        }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpAdditionalHeaders = [
            "User-Agent": userAgent,
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, application/x-ndjson;q=0.8",
        ]
        let transfer = Transfer(url: url, maxBytes: maxBytes, timeout: timeout)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        session.dataTask(with: url).resume()
        transfer.done.wait()
        session.finishTasksAndInvalidate()
        return transfer.result(address)
    }
}

/// The state of one transfer, filled in by URLSession's callbacks.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let url: URL
    let maxBytes: Int
    let timeout: TimeInterval
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()
    private var response: HTTPURLResponse?
    private var refusal: String?
    private var error: Error?

    init(url: URL, maxBytes: Int, timeout: TimeInterval) {
        self.url = url
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    private func refuse(_ reason: String) {
        lock.withLock { if refusal == nil { refusal = reason } }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            refuse("not an HTTP response: skipped")
            return completionHandler(.cancel)
        }
        lock.withLock { self.response = http }
        if !(200..<300).contains(http.statusCode) {
            refuse("HTTP \(http.statusCode)\(Self.statusText(http.statusCode)): skipped")
            return completionHandler(.cancel)
        }
        if let type = http.value(forHTTPHeaderField: "Content-Type"), !type.isEmpty {
            let media = Sniffer.mediaType(type)
            if !URLFetcher.accepts(mediaType: media, url: http.url ?? url) {
                refuse("the server sent \(media), not HTML, a feed or text: skipped")
                return completionHandler(.cancel)
            }
        }
        if http.expectedContentLength > Int64(maxBytes) {
            refuse("too large: \(http.expectedContentLength) bytes announced, the limit is \(maxBytes) (--max-bytes): skipped")
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = lock.withLock {
            self.data.append(data)
            return self.data.count > maxBytes
        }
        if tooLarge {
            refuse("too large: more than \(maxBytes) bytes, the limit (--max-bytes): skipped")
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock { self.error = error }
        done.signal()
    }

    func result(_ address: String) -> Result<FetchedBody, InputProblem> {
        lock.withLock {
            if let refusal { return .failure(InputProblem(address, refusal)) }
            if let error { return .failure(InputProblem(address, Self.describe(error, timeout: timeout))) }
            guard let response else { return .failure(InputProblem(address, "no response: skipped")) }
            return .success(FetchedBody(bytes: [UInt8](data), contentType: response.value(forHTTPHeaderField: "Content-Type"),
                                        url: response.url?.absoluteString ?? address))
        }
    }

    static func describe(_ error: Error, timeout: TimeInterval) -> String {
        let reason: String
        switch (error as? URLError)?.code {
        case .cannotConnectToHost?: reason = "cannot connect (connection refused)"
        case .cannotFindHost?, .dnsLookupFailed?: reason = "host not found"
        case .timedOut?: reason = "timed out after \(Int(timeout)) s"
        case .notConnectedToInternet?, .networkConnectionLost?: reason = "network unreachable or connection lost"
        case .secureConnectionFailed?, .serverCertificateUntrusted?, .serverCertificateHasBadDate?,
             .serverCertificateNotYetValid?, .serverCertificateHasUnknownRoot?: reason = "TLS failed (\(error.localizedDescription))"
        case .badServerResponse?: reason = "bad server response"
        case .httpTooManyRedirects?, .redirectToNonExistentLocation?: reason = "too many or broken redirects"
        default: reason = "fetch failed (\(error.localizedDescription))"
        }
        return "unreachable: \(reason): skipped"
    }

    static func statusText(_ code: Int) -> String {
        switch code {
        case 301, 302, 303, 307, 308: return " (redirect without a location)"
        case 401, 403: return " (access refused)"
        case 404, 410: return " (not found)"
        case 429: return " (too many requests)"
        case 500...599: return " (server error)"
        default: return ""
        }
    }
}
