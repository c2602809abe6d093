//! The client's connect timeout: a server that never completes the TCP handshake gives an
//! `Error::Timeout` long before the total timeout.

use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use paygen_runtime::{ApiRequest, CoreBuilder, Error, Method, RetryPolicy};
use socket2::{Domain, Socket, Type};

/// A loopback listener whose accept queue is full, so new handshakes are never answered
/// (Linux drops SYNs for a full queue). Returns the socket, the queued connections and the address.
fn unanswering_listener() -> (Socket, Vec<TcpStream>, SocketAddr) {
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket
        .bind(&"127.0.0.1:0".parse::<SocketAddr>().unwrap().into())
        .unwrap();
    socket.listen(0).unwrap();
    let addr = socket.local_addr().unwrap().as_socket().unwrap();
    let mut queued = Vec::new();
    for _ in 0..8 {
        match TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            Ok(stream) => queued.push(stream),
            Err(_) => break, // the queue is full: handshakes now hang
        }
    }
    (socket, queued, addr)
}

#[tokio::test]
async fn connect_timeout_applies_per_client() {
    let (_listener, _queued, addr) = unanswering_listener();
    let core = CoreBuilder::new("test/1")
        .base_url(format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(300))
        .timeout(Duration::from_secs(60))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let request = ApiRequest {
        method: Method::GET,
        path_template: "/x",
        path: "/x".into(),
        ..ApiRequest::default()
    };
    let outcome = tokio::time::timeout(Duration::from_secs(20), core.execute::<()>(request))
        .await
        .expect("the connect timeout must end the call long before the 60 s total timeout");
    assert!(matches!(outcome, Err(Error::Timeout(_))), "{outcome:?}");
}

#[tokio::test]
async fn connect_timeout_applies_per_request() {
    let (_listener, _queued, addr) = unanswering_listener();
    // The client would wait 50 s to connect; the call asks for 300 ms.
    let core = CoreBuilder::new("test/1")
        .base_url(format!("http://{addr}"))
        .connect_timeout(Duration::from_secs(50))
        .timeout(Duration::from_secs(60))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let mut request = ApiRequest {
        method: Method::GET,
        path_template: "/x",
        path: "/x".into(),
        ..ApiRequest::default()
    };
    request.options.connect_timeout = Some(Duration::from_millis(300));
    let outcome = tokio::time::timeout(Duration::from_secs(20), core.execute::<()>(request))
        .await
        .expect("the call's connect timeout must apply, not the client's 50 s");
    assert!(matches!(outcome, Err(Error::Timeout(_))), "{outcome:?}");
}

#[tokio::test]
async fn per_request_connect_timeout_with_an_injected_client_is_a_config_error() {
    let core = CoreBuilder::new("test/1")
        .base_url("http://127.0.0.1:9")
        .http_client(paygen_runtime::reqwest::Client::new())
        .build()
        .unwrap();
    let mut request = ApiRequest {
        method: Method::GET,
        path_template: "/x",
        path: "/x".into(),
        ..ApiRequest::default()
    };
    request.options.connect_timeout = Some(Duration::from_millis(300));
    assert!(matches!(
        core.execute::<()>(request).await,
        Err(Error::Config(_))
    ));
}
