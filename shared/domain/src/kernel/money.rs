//! Money as the contract carries it: a decimal string and an ISO 4217
//! currency, never a float; exact arithmetic on the digits.

use serde::{Deserialize, Serialize};

/// Money as a decimal string and an ISO 4217 code, never a float.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    pub amount: String,
    pub currency: String,
}

impl Money {
    /// The amount as an integer of its digits and its number of decimals
    /// ("24.90" -> (2490, 2)); None when it is not a plain decimal.
    pub fn parts(&self) -> Option<(u128, u32)> {
        let amount = self.amount.trim();
        let (int, frac) = amount.split_once('.').unwrap_or((amount, ""));
        if int.is_empty()
            || (amount.contains('.') && frac.is_empty())
            || !int.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
            || frac.len() > 9
            || int.len() > 18
        {
            return None;
        }
        let digits: u128 = format!("{int}{frac}").parse().ok()?;
        Some((digits, u32::try_from(frac.len()).ok()?))
    }

    /// The amount of `digits` with `scale` decimals, in `currency`.
    fn from_parts(digits: u128, scale: u32, currency: &str) -> Option<Money> {
        let scale = usize::try_from(scale).ok()?;
        let text = format!("{digits:0>width$}", width = scale + 1);
        let (i, f) = text.split_at(text.len() - scale);
        let amount = if scale == 0 {
            i.to_string()
        } else {
            format!("{i}.{f}")
        };
        Some(Money {
            amount,
            currency: currency.to_string(),
        })
    }

    /// `quantity` times this amount, exactly, on the decimal string (no
    /// floats): 3 x "19.99" = "59.97". None when the amount is not a decimal.
    pub fn times(&self, quantity: u32) -> Option<Money> {
        let (digits, scale) = self.parts()?;
        Money::from_parts(
            digits.checked_mul(u128::from(quantity))?,
            scale,
            &self.currency,
        )
    }

    /// This amount plus another of the same currency, exactly; None when the
    /// currencies differ or an amount is not a decimal.
    pub fn plus(&self, other: &Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        let (da, sa) = self.parts()?;
        let (db, sb) = other.parts()?;
        let scale = sa.max(sb);
        let da = da.checked_mul(10u128.checked_pow(scale - sa)?)?;
        let db = db.checked_mul(10u128.checked_pow(scale - sb)?)?;
        Money::from_parts(da.checked_add(db)?, scale, &self.currency)
    }

    /// Checks the amount and the currency; the error names which (`amount`
    /// or `currency`) and why, never the value.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        let (int, frac) = self
            .amount
            .split_once('.')
            .unwrap_or((self.amount.as_str(), ""));
        let digits_ok = !int.is_empty()
            && int.chars().all(|c| c.is_ascii_digit())
            && frac.len() <= 4
            && frac.chars().all(|c| c.is_ascii_digit())
            && !(self.amount.contains('.') && frac.is_empty());
        // The reasons never repeat the value (they reach the logs).
        if !digits_ok {
            return Err((
                "amount",
                "is not a non-negative decimal like \"24.90\"".into(),
            ));
        }
        if !(self.currency.len() == 3 && self.currency.chars().all(|c| c.is_ascii_uppercase())) {
            return Err(("currency", "is not an ISO 4217 code like \"EUR\"".into()));
        }
        Ok(())
    }
}

#[cfg(test)]
mod money_tests {
    use super::Money;

    fn m(a: &str) -> Money {
        Money {
            amount: a.into(),
            currency: "EUR".into(),
        }
    }

    #[test]
    fn money_times_is_exact_on_the_decimal_string() {
        assert_eq!(m("19.99").times(3).map(|x| x.amount), Some("59.97".into()));
        assert_eq!(m("0.10").times(10).map(|x| x.amount), Some("1.00".into()));
        assert_eq!(m("5").times(2).map(|x| x.amount), Some("10".into()));
        assert_eq!(m("0.05").times(1).map(|x| x.amount), Some("0.05".into()));
        assert_eq!(m("24.90").times(0).map(|x| x.amount), Some("0.00".into()));
        assert!(m("1,5").times(2).is_none());
        assert!(m("5.").times(2).is_none());
    }

    #[test]
    fn money_plus_aligns_the_decimals_and_refuses_two_currencies() {
        assert_eq!(
            m("24.90").plus(&m("3.1")).map(|x| x.amount),
            Some("28.00".into())
        );
        assert_eq!(
            m("5").plus(&m("0.05")).map(|x| x.amount),
            Some("5.05".into())
        );
        let usd = Money {
            amount: "1".into(),
            currency: "USD".into(),
        };
        assert!(m("1").plus(&usd).is_none());
    }
}
