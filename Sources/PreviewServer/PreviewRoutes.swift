import Foundation
import HTTPTypes
import Hummingbird
import Preview
import ServiceLifecycle

/// The preview's routes: the page, its script, its content, the update events and the
/// drawn pages, all from memory. Nothing on disk is ever served.
enum PreviewRoutes {
    /// Headers on every answer: no caching of a page that changes on each save, no
    /// guessing of content types, and nothing run or loaded from elsewhere.
    static let common: HTTPFields = [
        .cacheControl: "no-store",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Content-Security-Policy")!:
            "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; style-src 'unsafe-inline'",
    ]

    /// The router over `hub`, refusing any request whose `Host` is not the loopback address.
    static func router(hub: PreviewHub) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: LoopbackHostOnly())
        router.get(RouterPath(PreviewPage.Path.page)) { _, _ in
            answer(PreviewPage.html(hub.state), type: "text/html; charset=utf-8")
        }
        router.get(RouterPath(PreviewPage.Path.content)) { _, _ in
            answer(PreviewPage.content(hub.state), type: "text/html; charset=utf-8")
        }
        router.get(RouterPath(PreviewPage.Path.script)) { _, _ in
            answer(PreviewPage.script, type: "text/javascript; charset=utf-8")
        }
        router.get(RouterPath(PreviewPage.Path.pages + ":name")) { _, context in
            let name = try context.parameters.require("name")
            guard let png = hub.state.page(named: name) else { throw HTTPError(.notFound) }
            var headers = common
            headers[.contentType] = "image/png"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: png)))
        }
        router.get(RouterPath(PreviewPage.Path.events)) { _, _ in
            let updates = hub.updates()
            var headers = common
            headers[.contentType] = "text/event-stream"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                // A dropped connection is tried again after half a second.
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                // The stream ends on Ctrl-C, so shutting down does not wait on open pages.
                for await generation in updates.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: "event: update\ndata: \(generation)\n\n"))
                }
                try await writer.finish(nil)
            })
        }
        return router
    }

    /// A 200 answer of `text` with content type `type`.
    static func answer(_ text: String, type: String) -> Response {
        var headers = common
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Refuses requests whose `Host` names anything but 127.0.0.1 or localhost: a web page
/// elsewhere that points its own name at 127.0.0.1 (DNS rebinding) must not read the preview.
struct LoopbackHostOnly<Context: RequestContext>: RouterMiddleware {
    /// The host names the preview answers to.
    static var allowed: Set<String> { ["127.0.0.1", "localhost"] }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        // HTTP/1.1 carries the Host header as the request's authority.
        guard let host = request.head.authority, Self.allowed.contains(Self.hostName(host)) else {
            return Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "The preview answers only at 127.0.0.1.\n")))
        }
        return try await next(request, context)
    }

    /// `127.0.0.1` of `127.0.0.1:8080`.
    static func hostName(_ authority: String) -> String {
        guard let colon = authority.lastIndex(of: ":") else { return authority.lowercased() }
        return authority[..<colon].lowercased()
    }
}
