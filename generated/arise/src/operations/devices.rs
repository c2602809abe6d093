use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Mobile devices of the merchant and tap-to-pay enablement.
#[derive(Clone, Copy, Debug)]
pub struct DevicesApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> DevicesApi<'a> {
    /// List the merchant's devices
    ///
    /// Returns the mobile devices registered for the current merchant together with their tap-to-pay status.
    ///
    /// `GET /pay-api/v1/devices`
    pub fn list_devices(&self) -> ListDevices<'a> {
        ListDevices {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Register or update a device of the merchant
    ///
    /// Registers a mobile device for the current merchant and returns its identifier.
    ///
    /// `POST /pay-api/v1/devices`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_device(&self, body: crate::models::CreateDeviceRequest) -> CreateDevice<'a> {
        CreateDevice {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get one device of the merchant
    ///
    /// Returns one registered device and its tap-to-pay status.
    ///
    /// `GET /pay-api/v1/devices/{deviceId}`
    ///
    /// # Arguments
    /// - `device_id` (`deviceId`):
    pub fn get_device(&self, device_id: paygen_runtime::Uuid) -> GetDevice<'a> {
        GetDevice {
            client: self.client,
            device_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Issue a Tap to Pay JWT for a device
    ///
    /// Issues a JSON web token that a registered device uses to initialise tap-to-pay.
    ///
    /// `POST /pay-api/v1/devices/tap-to-pay/jwt`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_tap_to_pay_jwt(
        &self,
        body: crate::models::CreateTapToPayJwtRequest,
    ) -> CreateTapToPayJwt<'a> {
        CreateTapToPayJwt {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Enable Tap to Pay on a device
    ///
    /// Requests tap-to-pay activation for a registered device.
    ///
    /// `POST /pay-api/v1/devices/{deviceId}/tap-to-pay/activate`
    ///
    /// # Arguments
    /// - `device_id` (`deviceId`):
    pub fn activate_tap_to_pay(&self, device_id: paygen_runtime::Uuid) -> ActivateTapToPay<'a> {
        ActivateTapToPay {
            client: self.client,
            device_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-api/v1/devices` call; finish it with [`send`](ListDevices::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDevices<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListDevices<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/devices",
            path: "/pay-api/v1/devices".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListDevicesResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListDevicesResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/devices` call; finish it with [`send`](CreateDevice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDevice<'a> {
    client: &'a Client,
    body: crate::models::CreateDeviceRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateDevice<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-api/v1/devices",
            path: "/pay-api/v1/devices".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateDeviceResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateDeviceResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /pay-api/v1/devices/{deviceId}` call; finish it with [`send`](GetDevice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDevice<'a> {
    client: &'a Client,
    device_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetDevice<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/devices/{deviceId}",
            path: format!(
                "/pay-api/v1/devices/{}",
                paygen_runtime::encode_path_segment(&self.device_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::GetDeviceResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetDeviceResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/devices/tap-to-pay/jwt` call; finish it with [`send`](CreateTapToPayJwt::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTapToPayJwt<'a> {
    client: &'a Client,
    body: crate::models::CreateTapToPayJwtRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateTapToPayJwt<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-api/v1/devices/tap-to-pay/jwt",
            path: "/pay-api/v1/devices/tap-to-pay/jwt".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateTapToPayJwtResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateTapToPayJwtResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/devices/{deviceId}/tap-to-pay/activate` call; finish it with [`send`](ActivateTapToPay::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ActivateTapToPay<'a> {
    client: &'a Client,
    device_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ActivateTapToPay<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-api/v1/devices/{deviceId}/tap-to-pay/activate",
            path: format!(
                "/pay-api/v1/devices/{}/tap-to-pay/activate",
                paygen_runtime::encode_path_segment(&self.device_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
