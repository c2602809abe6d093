use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
            call: Call::new(self.client),
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
    pub fn create_device(
        &self,
        body: impl Into<crate::models::CreateDeviceRequest>,
    ) -> CreateDevice<'a> {
        CreateDevice {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Get one device of the merchant
    ///
    /// Returns one registered device and its tap-to-pay status.
    ///
    /// `GET /pay-api/v1/devices/{deviceId}`
    ///
    /// # Arguments
    /// - `device_id` (`deviceId`): A UUID.
    pub fn get_device(&self, device_id: paygen_runtime::Uuid) -> GetDevice<'a> {
        GetDevice {
            call: Call::new(self.client),
            device_id,
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
        body: impl Into<crate::models::CreateTapToPayJwtRequest>,
    ) -> CreateTapToPayJwt<'a> {
        CreateTapToPayJwt {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Enable Tap to Pay on a device
    ///
    /// Requests tap-to-pay activation for a registered device.
    ///
    /// `POST /pay-api/v1/devices/{deviceId}/tap-to-pay/activate`
    ///
    /// # Arguments
    /// - `device_id` (`deviceId`): A UUID.
    pub fn activate_tap_to_pay(&self, device_id: paygen_runtime::Uuid) -> ActivateTapToPay<'a> {
        ActivateTapToPay {
            call: Call::new(self.client),
            device_id,
        }
    }
}

/// List the merchant's devices
///
/// `GET /pay-api/v1/devices`, started by [`DevicesApi::list_devices`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDevices<'a> {
    call: Call<'a>,
}

impl<'a> ListDevices<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListDevicesResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListDevicesResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListDevices<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListDevices<'_> {
    type Output = crate::models::ListDevicesResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/devices",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Register or update a device of the merchant
///
/// `POST /pay-api/v1/devices`, started by [`DevicesApi::create_device`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDevice<'a> {
    call: Call<'a>,
    body: crate::models::CreateDeviceRequest,
}

impl<'a> CreateDevice<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateDeviceResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateDeviceResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateDevice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateDevice<'_> {
    type Output = crate::models::CreateDeviceResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/devices",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get one device of the merchant
///
/// `GET /pay-api/v1/devices/{deviceId}`, started by [`DevicesApi::get_device`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDevice<'a> {
    call: Call<'a>,
    device_id: paygen_runtime::Uuid,
}

impl<'a> GetDevice<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetDeviceResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::GetDeviceResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetDevice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetDevice<'_> {
    type Output = crate::models::GetDeviceResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/devices/{deviceId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("deviceId", &self.device_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Issue a Tap to Pay JWT for a device
///
/// `POST /pay-api/v1/devices/tap-to-pay/jwt`, started by [`DevicesApi::create_tap_to_pay_jwt`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTapToPayJwt<'a> {
    call: Call<'a>,
    body: crate::models::CreateTapToPayJwtRequest,
}

impl<'a> CreateTapToPayJwt<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateTapToPayJwtResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreateTapToPayJwtResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateTapToPayJwt<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateTapToPayJwt<'_> {
    type Output = crate::models::CreateTapToPayJwtResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/devices/tap-to-pay/jwt",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Enable Tap to Pay on a device
///
/// `POST /pay-api/v1/devices/{deviceId}/tap-to-pay/activate`, started by [`DevicesApi::activate_tap_to_pay`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ActivateTapToPay<'a> {
    call: Call<'a>,
    device_id: paygen_runtime::Uuid,
}

impl<'a> ActivateTapToPay<'a> {
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

impl paygen_runtime::CallOptions for ActivateTapToPay<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ActivateTapToPay<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/devices/{deviceId}/tap-to-pay/activate",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("deviceId", &self.device_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
