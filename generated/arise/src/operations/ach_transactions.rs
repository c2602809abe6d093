use crate::client::Client;

/// Create, hold, release, void and refund ACH (bank) debits and credits.
#[derive(Clone, Copy, Debug)]
pub struct AchTransactionsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AchTransactionsApi<'a> {
    /// Refund an ACH transaction
    ///
    /// Refunds a settled ACH transaction. The document only mentions this path (ACH overview and the void See Also); parameters, body and responses are not documented and are inferred here.
    ///
    /// **Inferred:** only the path is mentioned (ACH overview and void See Also); method taken from the text, no parameters, body or responses are documented
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/refund`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Identifier of the settled ACH transaction to refund.
    pub fn refund_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, RefundAchTransaction> {
        crate::client::Call::new(self.client, RefundAchTransaction { transaction_id })
    }

    /// Send an ACH credit
    ///
    /// Starts an ACH credit that moves funds from the merchant to a customer bank account (payouts, unreferenced refunds). Use either a stored bank payment method or raw routing/account numbers. Creating the credit also submits it for batch processing.
    ///
    /// `POST /pay-api/v1/transactions/ach/payment/credit`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_ach_credit(
        &self,
        body: crate::models::CreateAchCreditRequest,
    ) -> crate::client::Call<'a, CreateAchCredit> {
        crate::client::Call::new(self.client, CreateAchCredit { body })
    }

    /// Collect an ACH debit
    ///
    /// Starts an ACH debit that pulls funds from a customer bank account, either from a stored bank payment method or from routing/account numbers sent in the request. The debit is submitted for processing on creation.
    ///
    /// `POST /pay-api/v1/transactions/ach/payment`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_ach_debit(
        &self,
        body: crate::models::CreateAchDebitRequest,
    ) -> crate::client::Call<'a, CreateAchDebit> {
        crate::client::Call::new(self.client, CreateAchDebit { body })
    }

    /// Void an ACH transaction
    ///
    /// Stops an ACH transaction that is still waiting to be sent out, so it is never processed.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/void`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn void_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, VoidAchTransaction> {
        crate::client::Call::new(self.client, VoidAchTransaction { transaction_id })
    }

    /// Put an ACH transaction on hold
    ///
    /// Puts a submitted ACH transaction on hold so it is not processed until it is released or voided.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/hold`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn hold_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, HoldAchTransaction> {
        crate::client::Call::new(self.client, HoldAchTransaction { transaction_id })
    }

    /// Release a held ACH transaction
    ///
    /// Releases an ACH transaction from hold so that processing continues.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/unhold`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn unhold_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, UnholdAchTransaction> {
        crate::client::Call::new(self.client, UnholdAchTransaction { transaction_id })
    }
}

/// The parameters of `POST /pay-api/v1/transactions/ach/{transactionId}/refund`, set on the [`Call`](crate::client::Call) that [`refund_ach_transaction`](AchTransactionsApi::refund_ach_transaction) returns.
#[derive(Clone, Debug)]
pub struct RefundAchTransaction {
    transaction_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for RefundAchTransaction {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/refund",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transactionId", &self.transaction_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/ach/payment/credit`, set on the [`Call`](crate::client::Call) that [`create_ach_credit`](AchTransactionsApi::create_ach_credit) returns.
#[derive(Clone, Debug)]
pub struct CreateAchCredit {
    body: crate::models::CreateAchCreditRequest,
}

impl paygen_runtime::Operation for CreateAchCredit {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/payment/credit",
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

/// The parameters of `POST /pay-api/v1/transactions/ach/payment`, set on the [`Call`](crate::client::Call) that [`create_ach_debit`](AchTransactionsApi::create_ach_debit) returns.
#[derive(Clone, Debug)]
pub struct CreateAchDebit {
    body: crate::models::CreateAchDebitRequest,
}

impl paygen_runtime::Operation for CreateAchDebit {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/payment",
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

/// The parameters of `POST /pay-api/v1/transactions/ach/{transactionId}/void`, set on the [`Call`](crate::client::Call) that [`void_ach_transaction`](AchTransactionsApi::void_ach_transaction) returns.
#[derive(Clone, Debug)]
pub struct VoidAchTransaction {
    transaction_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for VoidAchTransaction {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/void",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transactionId", &self.transaction_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/ach/{transactionId}/hold`, set on the [`Call`](crate::client::Call) that [`hold_ach_transaction`](AchTransactionsApi::hold_ach_transaction) returns.
#[derive(Clone, Debug)]
pub struct HoldAchTransaction {
    transaction_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for HoldAchTransaction {
    type Output = crate::models::AchHoldResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/hold",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transactionId", &self.transaction_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/ach/{transactionId}/unhold`, set on the [`Call`](crate::client::Call) that [`unhold_ach_transaction`](AchTransactionsApi::unhold_ach_transaction) returns.
#[derive(Clone, Debug)]
pub struct UnholdAchTransaction {
    transaction_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for UnholdAchTransaction {
    type Output = crate::models::AchHoldResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/unhold",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transactionId", &self.transaction_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
