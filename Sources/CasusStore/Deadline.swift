import Synchronization

/// Bounds an operation in time, returning as soon as the limit passes even when the operation
/// ignores cancellation.
///
/// postgres-nio's connection pool keeps retrying a server that refuses a password or has gone
/// away, and a request waiting for a connection can wait forever; a deadline turns that into an
/// error the user sees.
public enum Deadline {
    public static func run<T: Sendable>(
        _ limit: Duration, onTimeout: @escaping @Sendable () -> Error, _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let race = Race<T>()
        return try await withCheckedThrowingContinuation { continuation in
            race.start(continuation)
            let work = Task {
                do { race.finish(.success(try await body())) } catch { race.finish(.failure(error)) }
            }
            race.setTimer(Task {
                do { try await Task.sleep(for: limit) } catch { return }
                race.finish(.failure(onTimeout()))
                work.cancel()
            })
        }
    }

    /// Whoever finishes first — the work or the timer — resumes the caller; the other is ignored.
    private final class Race<T: Sendable>: Sendable {
        private let continuation = Mutex<CheckedContinuation<T, Error>?>(nil)
        private let timer = Mutex<Task<Void, Never>?>(nil)

        func start(_ c: CheckedContinuation<T, Error>) { continuation.withLock { $0 = c } }

        func setTimer(_ task: Task<Void, Never>) {
            let finished = continuation.withLock { $0 == nil }
            if finished { task.cancel() } else { timer.withLock { $0 = task } }
        }

        func finish(_ result: Result<T, Error>) {
            let waiting = continuation.withLock { c -> CheckedContinuation<T, Error>? in
                defer { c = nil }
                return c
            }
            guard let waiting else { return }
            timer.withLock { $0?.cancel() }
            waiting.resume(with: result)
        }
    }
}
