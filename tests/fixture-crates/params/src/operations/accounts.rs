use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The 2 operations tagged `accounts`: `get_account` and `close_window`.
#[derive(Clone, Copy, Debug)]
pub struct AccountsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AccountsApi<'a> {
    /// GET /accounts/{account}
    ///
    /// `GET /accounts/{account}`
    ///
    /// # Arguments
    /// - `account` (`account`): A name or a number.
    pub fn get_account(&self, account: impl Into<crate::models::NameOrId>) -> GetAccount<'a> {
        GetAccount {
            call: Call::new(self.client),
            account: account.into(),
            sort_by: None,
            owner: None,
            owners: None,
            filter: None,
            window: None,
            labels: None,
            extra: None,
            anything: None,
            mixed: None,
            x_context: None,
            x_owner: None,
            x_range: None,
            x_file: None,
            pref: None,
            ctx: None,
        }
    }

    /// DELETE /accounts/{account}/window/{window}
    ///
    /// `DELETE /accounts/{account}/window/{window}`
    ///
    /// # Arguments
    /// - `account` (`account`): An enum written as a union of one-value strings, to document each value.
    /// - `window` (`window`): The matrix style is not built in: simple, with a warning.
    pub fn close_window(
        &self,
        account: impl Into<crate::models::SortBy>,
        window: impl Into<crate::models::Window>,
    ) -> CloseWindow<'a> {
        CloseWindow {
            call: Call::new(self.client),
            account: account.into(),
            window: window.into(),
        }
    }
}

/// GET /accounts/{account}
///
/// `GET /accounts/{account}`, started by [`AccountsApi::get_account`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccount<'a> {
    call: Call<'a>,
    account: crate::models::NameOrId,
    sort_by: Option<crate::models::SortBy>,
    owner: Option<crate::models::NameOrId>,
    owners: Option<Vec<crate::models::NameOrId>>,
    filter: Option<crate::models::Filter>,
    window: Option<crate::models::Window>,
    labels: Option<std::collections::BTreeMap<String, String>>,
    extra: Option<serde_json::Value>,
    anything: Option<serde_json::Value>,
    mixed: Option<crate::models::FilterOrText>,
    x_context: Option<crate::models::Window>,
    x_owner: Option<crate::models::NameOrId>,
    x_range: Option<crate::models::Window>,
    x_file: Option<String>,
    pref: Option<crate::models::SortBy>,
    ctx: Option<crate::models::Window>,
}

impl<'a> GetAccount<'a> {
    /// Query parameter `sort_by`: An enum written as a union of one-value strings, to document each value.
    pub fn sort_by(mut self, value: impl Into<crate::models::SortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Query parameter `owner`: An account's name or its number.
    pub fn owner(mut self, value: impl Into<crate::models::NameOrId>) -> Self {
        self.owner = Some(value.into());
        self
    }

    /// Query parameter `owners`: A list; each item: one of 2 shapes.
    pub fn owners(mut self, value: Vec<crate::models::NameOrId>) -> Self {
        self.owners = Some(value);
        self
    }

    /// Query parameter `filter`: An object, exploded: one pair per property.
    pub fn filter(mut self, value: impl Into<crate::models::Filter>) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// Query parameter `window`: An object, not exploded.
    pub fn window(mut self, value: impl Into<crate::models::Window>) -> Self {
        self.window = Some(value.into());
        self
    }

    /// Query parameter `labels`: A map, exploded.
    pub fn labels(mut self, value: std::collections::BTreeMap<String, String>) -> Self {
        self.labels = Some(value);
        self
    }

    /// Query parameter `extra`: A free-form object.
    pub fn extra(mut self, value: serde_json::Value) -> Self {
        self.extra = Some(value);
        self
    }

    /// Query parameter `anything`: No schema type at all.
    pub fn anything(mut self, value: serde_json::Value) -> Self {
        self.anything = Some(value);
        self
    }

    /// Query parameter `mixed`: A union of an object and a string.
    pub fn mixed(mut self, value: impl Into<crate::models::FilterOrText>) -> Self {
        self.mixed = Some(value.into());
        self
    }

    /// Header parameter `X-Context`: An object in a header.
    pub fn x_context(mut self, value: impl Into<crate::models::Window>) -> Self {
        self.x_context = Some(value.into());
        self
    }

    /// Header parameter `X-Owner`: An account's name or its number.
    pub fn x_owner(mut self, value: impl Into<crate::models::NameOrId>) -> Self {
        self.x_owner = Some(value.into());
        self
    }

    /// Header parameter `X-Range`: An exploded object in a header: sent unexploded, with a warning.
    pub fn x_range(mut self, value: impl Into<crate::models::Window>) -> Self {
        self.x_range = Some(value.into());
        self
    }

    /// Header parameter `X-File`: Binary: sent as text, with a warning.
    pub fn x_file(mut self, value: impl Into<String>) -> Self {
        self.x_file = Some(value.into());
        self
    }

    /// Cookie parameter `pref`: An enum written as a union of one-value strings, to document each value.
    pub fn pref(mut self, value: impl Into<crate::models::SortBy>) -> Self {
        self.pref = Some(value.into());
        self
    }

    /// Cookie parameter `ctx`: An object with the properties `from` and `to`. Required: `from`.
    pub fn ctx(mut self, value: impl Into<crate::models::Window>) -> Self {
        self.ctx = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Keywords, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Keywords>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetAccount<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetAccount<'_> {
    type Output = crate::models::Keywords;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/accounts/{account}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("account", &self.account);
        if let Some(value) = &self.sort_by {
            request.query("sort_by", value);
        }
        if let Some(value) = &self.owner {
            request.query("owner", value);
        }
        if let Some(value) = &self.owners {
            request.query_each("owners", value);
        }
        if let Some(value) = &self.filter {
            request.query_form("filter", value, true);
        }
        if let Some(value) = &self.window {
            request.query_form("window", value, false);
        }
        if let Some(value) = &self.labels {
            request.query_form("labels", value, true);
        }
        if let Some(value) = &self.extra {
            request.query_form("extra", value, true);
        }
        if let Some(value) = &self.anything {
            request.query_form("anything", value, true);
        }
        if let Some(value) = &self.mixed {
            request.query_form("mixed", value, true);
        }
        if let Some(value) = &self.x_context {
            request.header("X-Context", &paygen_runtime::simple_param(value, false));
        }
        if let Some(value) = &self.x_owner {
            request.header("X-Owner", value);
        }
        if let Some(value) = &self.x_range {
            request.header("X-Range", &paygen_runtime::simple_param(value, false));
        }
        if let Some(value) = &self.x_file {
            request.header("X-File", value);
        }
        if let Some(value) = &self.pref {
            request.cookie("pref", value);
        }
        if let Some(value) = &self.ctx {
            request.cookie("ctx", &paygen_runtime::simple_param(value, false));
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// DELETE /accounts/{account}/window/{window}
///
/// `DELETE /accounts/{account}/window/{window}`, started by [`AccountsApi::close_window`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CloseWindow<'a> {
    call: Call<'a>,
    account: crate::models::SortBy,
    window: crate::models::Window,
}

impl<'a> CloseWindow<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CloseWindow<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CloseWindow<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/accounts/{account}/window/{window}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("account", &self.account);
        request.path_param("window", &paygen_runtime::simple_param(&self.window, false));
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
