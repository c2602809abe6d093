//! Walking paged list operations as a stream of items.

use crate::error::{excerpt, ApiError, DecodeError, Error};
use crate::operation::Operation;
use crate::request::RawResponse;
use futures::Stream;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::{HashMap, VecDeque};
use std::future::Future;

/// When the last page has been reached (besides an empty page, which always ends the walk).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Pointer to the total number of items: stop once that many were seen.
    TotalItems(&'static str),
    /// Pointer to the number of pages: stop after that many pages.
    TotalPages(&'static str),
    /// Pointer to the number of the last page (same numbering as the page parameter).
    LastPage(&'static str),
    /// Only an empty page ends the walk.
    EmptyPage,
}

/// How a paged operation is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSpec {
    /// Number of the first page (0 or 1).
    pub first_page: u64,
    /// JSON pointer to the array of items (`/data`, `/data/data`).
    pub items: &'static str,
    /// The stop rule. When its pointer is missing from a page, only an empty page stops.
    pub stop: Stop,
}

/// A paged list operation: where its items are and how to ask for one page. A generated crate
/// implements it for each list operation with `x-pagination`, and its `Call::into_stream` walks
/// any such operation, so the walking code exists once per crate.
pub trait Paged: Operation {
    /// One item of the list.
    type Item: DeserializeOwned;

    /// Where the items and the stop rule are in a page.
    fn page_spec() -> PageSpec;

    /// Sets the page number parameter (numbered as in [`PageSpec::first_page`]).
    fn set_page(&mut self, page: u64);

    /// Checks a page before its items are read; the default accepts every page. Operations of
    /// an API whose bodies carry a result code override it to reject a failed page.
    fn check_page(raw: &RawResponse) -> Result<(), Error<Self::ErrorBody>> {
        let _ = raw;
        Ok(())
    }
}

struct State<T, E, F> {
    spec: PageSpec,
    fetch: F,
    page: u64,
    seen: u64,
    done: bool,
    buffer: VecDeque<Result<T, Error<E>>>,
}

/// Walks pages: `fetch(page_number)` returns the raw response of that page. Yields items in
/// order; an error (fetch failure, error status, undecodable page or item) is yielded once
/// and ends the stream.
pub fn stream<T, E, F, Fut>(spec: PageSpec, fetch: F) -> impl Stream<Item = Result<T, Error<E>>>
where
    T: DeserializeOwned,
    F: FnMut(u64) -> Fut,
    Fut: Future<Output = Result<RawResponse, Error<E>>>,
{
    let state = State {
        spec,
        fetch,
        page: spec.first_page,
        seen: 0,
        done: false,
        buffer: VecDeque::new(),
    };
    futures::stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.buffer.pop_front() {
                return Some((item, st));
            }
            if st.done {
                return None;
            }
            let page = st.page;
            match (st.fetch)(page).await {
                Ok(raw) => load_page(&mut st, page, &raw),
                Err(e) => {
                    st.buffer.push_back(Err(e));
                    st.done = true;
                }
            }
            st.page += 1;
        }
    })
}

fn load_page<T: DeserializeOwned, E, F>(st: &mut State<T, E, F>, page: u64, raw: &RawResponse) {
    let fail = |st: &mut State<T, E, F>, e: Error<E>| {
        st.buffer.push_back(Err(e));
        st.done = true;
    };
    if !raw.status.is_success() {
        let e = Error::Api(Box::new(ApiError {
            status: raw.status,
            body: None,
            raw: raw.body.clone(),
            request_id: raw.request_id.clone(),
        }));
        return fail(st, e);
    }
    let decode_error = |path: String, message: String| {
        Error::Decode(Box::new(DecodeError {
            status: raw.status,
            path,
            message,
            excerpt: excerpt(&raw.body),
        }))
    };
    // Items are decoded from their raw text so numbers keep every digit.
    let root: &RawValue = match serde_json::from_slice(&raw.body) {
        Ok(r) => r,
        Err(e) => return fail(st, decode_error(".".into(), e.to_string())),
    };
    let Some(items_raw) = raw_pointer(root, st.spec.items) else {
        let msg = format!("no array of items at {}", st.spec.items);
        return fail(st, decode_error(st.spec.items.into(), msg));
    };
    let items: Vec<&RawValue> = match serde_json::from_str(items_raw.get()) {
        Ok(v) => v,
        Err(e) => return fail(st, decode_error(st.spec.items.into(), e.to_string())),
    };
    let count = items.len() as u64;
    for (i, item) in items.into_iter().enumerate() {
        let mut de = serde_json::Deserializer::from_str(item.get());
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(v) => st.buffer.push_back(Ok(v)),
            Err(e) => {
                let path = format!("{}[{i}].{}", st.spec.items, e.path());
                let message = e.into_inner().to_string();
                return fail(st, decode_error(path, message));
            }
        }
    }
    st.seen += count;
    if count == 0 {
        st.done = true;
        return;
    }
    let meta: Option<Value> = serde_json::from_str(root.get()).ok();
    let number_at = |p: &str| meta.as_ref().and_then(|m| m.pointer(p)).and_then(as_u64);
    st.done = match st.spec.stop {
        Stop::TotalItems(p) => number_at(p).is_some_and(|total| st.seen >= total),
        Stop::TotalPages(p) => {
            number_at(p).is_some_and(|pages| page - st.spec.first_page + 1 >= pages)
        }
        Stop::LastPage(p) => number_at(p).is_some_and(|last| page >= last),
        Stop::EmptyPage => false,
    };
}

fn as_u64(v: &Value) -> Option<u64> {
    match v {
        Value::Number(n) => n
            .as_u64()
            .or_else(|| n.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Follows a JSON pointer without parsing numbers, so the target keeps its exact text.
fn raw_pointer<'a>(root: &'a RawValue, pointer: &str) -> Option<&'a RawValue> {
    if pointer.is_empty() || pointer == "/" {
        return Some(root);
    }
    let mut cur = root;
    for seg in pointer.strip_prefix('/')?.split('/') {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        let text = cur.get().trim_start();
        cur = if text.starts_with('{') {
            let map: HashMap<String, &'a RawValue> = serde_json::from_str(cur.get()).ok()?;
            *map.get(&seg)?
        } else if text.starts_with('[') {
            let list: Vec<&'a RawValue> = serde_json::from_str(cur.get()).ok()?;
            *list.get(seg.parse::<usize>().ok()?)?
        } else {
            return None;
        };
    }
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use futures::StreamExt;
    use reqwest::header::HeaderMap;
    use reqwest::StatusCode;
    use std::cell::RefCell;

    fn ok(body: Value) -> RawResponse {
        RawResponse {
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from(body.to_string()),
            request_id: None,
        }
    }

    /// Runs a walk over canned pages; returns the items (or error text) and the pages fetched.
    fn walk(spec: PageSpec, pages: Vec<RawResponse>) -> (Vec<Result<u32, String>>, Vec<u64>) {
        let fetched = RefCell::new(Vec::new());
        let s = stream::<u32, (), _, _>(spec, |page| {
            fetched.borrow_mut().push(page);
            let idx = (page - spec.first_page) as usize;
            let resp = pages.get(idx).cloned();
            async move { resp.ok_or_else(|| Error::Config(crate::ConfigError::Other("no more".into()))) }
        });
        let items = futures::executor::block_on(
            s.map(|r| r.map_err(|e| e.to_string())).collect::<Vec<_>>(),
        );
        (items, fetched.into_inner())
    }

    fn items(r: &[Result<u32, String>]) -> Vec<u32> {
        r.iter().map(|x| *x.as_ref().unwrap()).collect()
    }

    #[test]
    fn total_items_stops_after_three_pages() {
        let spec = PageSpec {
            first_page: 0,
            items: "/data",
            stop: Stop::TotalItems("/meta/total_results"),
        };
        let pages = vec![
            ok(serde_json::json!({"data":[1,2],"meta":{"total_results":5}})),
            ok(serde_json::json!({"data":[3,4],"meta":{"total_results":5}})),
            ok(serde_json::json!({"data":[5],"meta":{"total_results":5}})),
            ok(serde_json::json!({"data":[99],"meta":{"total_results":5}})),
        ];
        let (r, fetched) = walk(spec, pages);
        assert_eq!(items(&r), vec![1, 2, 3, 4, 5]);
        assert_eq!(fetched, vec![0, 1, 2]);
    }

    #[test]
    fn total_pages_stops_after_three_pages() {
        let spec = PageSpec {
            first_page: 0,
            items: "/records",
            stop: Stop::TotalPages("/totalPages"),
        };
        let pages = vec![
            ok(serde_json::json!({"records":[1],"totalPages":3})),
            ok(serde_json::json!({"records":[2],"totalPages":3})),
            ok(serde_json::json!({"records":[3],"totalPages":3})),
            ok(serde_json::json!({"records":[99],"totalPages":3})),
        ];
        let (r, fetched) = walk(spec, pages);
        assert_eq!(items(&r), vec![1, 2, 3]);
        assert_eq!(fetched, vec![0, 1, 2]);
    }

    #[test]
    fn last_page_stops_after_three_pages() {
        let spec = PageSpec {
            first_page: 1,
            items: "/data/data",
            stop: Stop::LastPage("/data/max_page"),
        };
        let pages = vec![
            ok(serde_json::json!({"code":0,"data":{"data":[1],"max_page":"3"}})),
            ok(serde_json::json!({"code":0,"data":{"data":[2],"max_page":"3"}})),
            ok(serde_json::json!({"code":0,"data":{"data":[3],"max_page":"3"}})),
            ok(serde_json::json!({"code":0,"data":{"data":[99],"max_page":"3"}})),
        ];
        let (r, fetched) = walk(spec, pages);
        assert_eq!(items(&r), vec![1, 2, 3]);
        assert_eq!(fetched, vec![1, 2, 3]);
    }

    #[test]
    fn empty_last_page_ends_each_rule() {
        for stop in [
            Stop::TotalItems("/total"),
            Stop::TotalPages("/pages"),
            Stop::LastPage("/last"),
            Stop::EmptyPage,
        ] {
            let spec = PageSpec {
                first_page: 1,
                items: "/items",
                stop,
            };
            // Totals claim more than there is: the empty page must end the walk.
            let meta = |items: Vec<u32>| {
                ok(serde_json::json!({"items": items, "total": 100, "pages": 100, "last": 100}))
            };
            let pages = vec![meta(vec![1, 2]), meta(vec![3]), meta(vec![4]), meta(vec![])];
            let (r, fetched) = walk(spec, pages);
            assert_eq!(items(&r), vec![1, 2, 3, 4], "{stop:?}");
            assert_eq!(fetched, vec![1, 2, 3, 4], "{stop:?}");
        }
    }

    #[test]
    fn errors_pass_through_and_end_the_stream() {
        let spec = PageSpec {
            first_page: 0,
            items: "/items",
            stop: Stop::EmptyPage,
        };
        // Fetch error on page 1.
        let (r, fetched) = walk(spec, vec![ok(serde_json::json!({"items":[1]}))]);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0], Ok(1));
        assert!(r[1].as_ref().unwrap_err().contains("no more"));
        assert_eq!(fetched, vec![0, 1]);

        // Error status.
        let mut bad = ok(serde_json::json!({"errors":[]}));
        bad.status = StatusCode::SERVICE_UNAVAILABLE;
        let (r, _) = walk(spec, vec![bad, ok(serde_json::json!({"items":[1]}))]);
        assert_eq!(r.len(), 1);
        assert!(r[0].as_ref().unwrap_err().contains("503"));

        // Undecodable item: items before it are yielded, then the error, then nothing.
        let (r, fetched) = walk(
            spec,
            vec![
                ok(serde_json::json!({"items":[1,"x",3]})),
                ok(serde_json::json!({"items":[4]})),
            ],
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0], Ok(1));
        assert!(
            r[1].as_ref().unwrap_err().contains("/items[1]"),
            "{:?}",
            r[1]
        );
        assert_eq!(fetched, vec![0]);

        // Not JSON at all, and items missing.
        let html = RawResponse {
            body: Bytes::from_static(b"<html>"),
            ..ok(Value::Null)
        };
        let (r, _) = walk(spec, vec![html]);
        assert_eq!(r.len(), 1);
        assert!(r[0].is_err());
        let (r, _) = walk(spec, vec![ok(serde_json::json!({"other":[]}))]);
        assert!(r[0].as_ref().unwrap_err().contains("no array of items"));
    }

    #[test]
    fn items_keep_exact_decimals() {
        #[derive(serde::Deserialize)]
        struct P {
            #[serde(with = "crate::decimal::number")]
            v: rust_decimal::Decimal,
        }
        let raw = RawResponse {
            body: Bytes::from_static(br#"{"items":[{"v":12345678901234.56789}]}"#),
            ..ok(Value::Null)
        };
        let spec = PageSpec {
            first_page: 0,
            items: "/items",
            stop: Stop::EmptyPage,
        };
        let mut sent = false;
        let s = stream::<P, (), _, _>(spec, move |_| {
            let r = if sent {
                ok(serde_json::json!({"items":[]}))
            } else {
                raw.clone()
            };
            sent = true;
            async move { Ok(r) }
        });
        let v: Vec<_> = futures::executor::block_on(s.collect::<Vec<_>>());
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].as_ref().unwrap().v.to_string(), "12345678901234.56789");
    }
}
