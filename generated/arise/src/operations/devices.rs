use crate::client::Client;

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
    pub fn list_devices(&self) -> crate::client::Call<'a, ListDevices> {
        crate::client::Call::new(self.client, ListDevices {})
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
        body: crate::models::CreateDeviceRequest,
    ) -> crate::client::Call<'a, CreateDevice> {
        crate::client::Call::new(self.client, CreateDevice { body })
    }

    /// Get one device of the merchant
    ///
    /// Returns one registered device and its tap-to-pay status.
    ///
    /// `GET /pay-api/v1/devices/{deviceId}`
    ///
    /// # Arguments
    /// - `device_id` (`deviceId`):
    pub fn get_device(
        &self,
        device_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetDevice> {
        crate::client::Call::new(self.client, GetDevice { device_id })
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
    ) -> crate::client::Call<'a, CreateTapToPayJwt> {
        crate::client::Call::new(self.client, CreateTapToPayJwt { body })
    }

    /// Enable Tap to Pay on a device
    ///
    /// Requests tap-to-pay activation for a registered device.
    ///
    /// `POST /pay-api/v1/devices/{deviceId}/tap-to-pay/activate`
    ///
    /// # Arguments
    /// - `device_id` (`deviceId`):
    pub fn activate_tap_to_pay(
        &self,
        device_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, ActivateTapToPay> {
        crate::client::Call::new(self.client, ActivateTapToPay { device_id })
    }
}

/// The parameters of `GET /pay-api/v1/devices`, set on the [`Call`](crate::client::Call) that [`list_devices`](DevicesApi::list_devices) returns.
#[derive(Clone, Debug)]
pub struct ListDevices {}

impl paygen_runtime::Operation for ListDevices {
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

/// The parameters of `POST /pay-api/v1/devices`, set on the [`Call`](crate::client::Call) that [`create_device`](DevicesApi::create_device) returns.
#[derive(Clone, Debug)]
pub struct CreateDevice {
    body: crate::models::CreateDeviceRequest,
}

impl paygen_runtime::Operation for CreateDevice {
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

/// The parameters of `GET /pay-api/v1/devices/{deviceId}`, set on the [`Call`](crate::client::Call) that [`get_device`](DevicesApi::get_device) returns.
#[derive(Clone, Debug)]
pub struct GetDevice {
    device_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for GetDevice {
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

/// The parameters of `POST /pay-api/v1/devices/tap-to-pay/jwt`, set on the [`Call`](crate::client::Call) that [`create_tap_to_pay_jwt`](DevicesApi::create_tap_to_pay_jwt) returns.
#[derive(Clone, Debug)]
pub struct CreateTapToPayJwt {
    body: crate::models::CreateTapToPayJwtRequest,
}

impl paygen_runtime::Operation for CreateTapToPayJwt {
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

/// The parameters of `POST /pay-api/v1/devices/{deviceId}/tap-to-pay/activate`, set on the [`Call`](crate::client::Call) that [`activate_tap_to_pay`](DevicesApi::activate_tap_to_pay) returns.
#[derive(Clone, Debug)]
pub struct ActivateTapToPay {
    device_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for ActivateTapToPay {
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
