//! TLS to a PostgreSQL server on a network, with libpq's `sslmode` meanings:
//!
//! - `disable`, `allow`, `prefer` (and no `sslmode`): no TLS. libpq's
//!   `prefer` tries TLS without checking whom it talks to, which protects
//!   against nothing an attacker on the path cannot undo; orgctl says what it
//!   does instead: ask for `require` or, better, `verify-full`.
//! - `require`: encrypted, the server's certificate not checked (libpq's
//!   meaning: it stops eavesdropping, not a server in the middle).
//! - `verify-ca`: encrypted, the certificate signed by a trusted authority.
//! - `verify-full`: as `verify-ca`, and issued for the host named in the URL.
//!
//! The trusted authorities are the system's (`/etc/ssl/certs`, or
//! `SSL_CERT_FILE`/`SSL_CERT_DIR`), plus those of `sslrootcert=FILE` when the
//! URL names one (a private CA's PEM file). A Unix socket never uses TLS, as
//! with libpq.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{ring, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::error::{Error, Result};

/// How a connection is protected, by libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Off,
    Require,
    VerifyCa,
    VerifyFull,
}

impl Mode {
    /// libpq's `sslmode` value.
    pub fn parse(value: &str) -> Option<Mode> {
        Some(match value.trim() {
            "disable" | "allow" | "prefer" => Mode::Off,
            "require" => Mode::Require,
            "verify-ca" => Mode::VerifyCa,
            "verify-full" => Mode::VerifyFull,
            _ => return None,
        })
    }
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(ring::default_provider())
}

/// The TLS connector for `mode` (not [`Mode::Off`]), trusting the system's
/// authorities and those in the PEM file `rootcert`.
pub fn connector(mode: Mode, rootcert: Option<&str>) -> Result<MakeRustlsConnect> {
    let provider = provider();
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up: {e}")))?;
    let config = if mode == Mode::Require {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(Unchecked(provider))).with_no_client_auth()
    } else {
        let roots = Arc::new(roots(rootcert)?);
        let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider)
            .build()
            .map_err(|e| Error::store(format!("no certificate authority to check the server against: {e}")))?;
        let verifier: Arc<dyn ServerCertVerifier> =
            if mode == Mode::VerifyCa { Arc::new(AnyName(webpki)) } else { webpki };
        builder.dangerous().with_custom_certificate_verifier(verifier).with_no_client_auth()
    };
    Ok(MakeRustlsConnect::new(config))
}

/// The system's authorities, and those of `rootcert`.
fn roots(rootcert: Option<&str>) -> Result<RootCertStore> {
    let mut store = RootCertStore::empty();
    let system = rustls_native_certs::load_native_certs();
    let (added, _) = store.add_parsable_certificates(system.certs);
    if let Some(file) = rootcert {
        let bad = |e: &dyn std::fmt::Display| {
            Error::usage(format!("sslrootcert {file} is not a readable PEM file of certificates: {e}"))
        };
        let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(file)
            .map_err(|e| bad(&e))?
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| bad(&e))?;
        if certs.is_empty() {
            return Err(bad(&"no certificate in it"));
        }
        store.add_parsable_certificates(certs);
    } else if added == 0 {
        return Err(Error::store("the system has no certificate authorities to check the server against")
            .with_hint("install Debian's `ca-certificates`, or name the server's authority with `sslrootcert=FILE`"));
    }
    Ok(store)
}

/// `require`: any certificate, as libpq's `require` takes any; the
/// handshake's signatures are still checked, so the session is encrypted to
/// whoever holds the certificate's key.
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: a certificate from a trusted authority, for whatever host.
#[derive(Debug)]
struct AnyName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForName))
            | Err(rustls::Error::InvalidCertificate(rustls::CertificateError::NotValidForNameContext { .. })) => {
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_reads_as_libpq_names_it() {
        assert_eq!(Mode::parse("prefer"), Some(Mode::Off));
        assert_eq!(Mode::parse("require"), Some(Mode::Require));
        assert_eq!(Mode::parse("verify-ca"), Some(Mode::VerifyCa));
        assert_eq!(Mode::parse("verify-full"), Some(Mode::VerifyFull));
        assert_eq!(Mode::parse("sometimes"), None);
    }

    #[test]
    fn a_missing_or_empty_root_file_is_a_usage_error() {
        let e = connector(Mode::VerifyFull, Some("/nonexistent/root.crt")).err().expect("refused");
        assert_eq!(e.kind, crate::error::ErrorKind::Usage, "{}", e.message);
        assert!(connector(Mode::Require, None).is_ok());
    }
}
