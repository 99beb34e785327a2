//! Display currencies and the exchange rates between them.

/// The currency results are shown in; the reader's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Currency {
    #[default]
    Usd,
    Cny,
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Cny, Currency::Eur];

    /// The contract name (`<select data-testid="input-currency">` values, URL parameter).
    pub fn name(self) -> &'static str {
        match self {
            Currency::Usd => "usd",
            Currency::Cny => "cny",
            Currency::Eur => "eur",
        }
    }

    pub fn from_name(name: &str) -> Option<Currency> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// Exchange rates as the reader set them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    /// RMB per US$.
    pub usdcny: f64,
    /// US$ per euro.
    pub eurusd: f64,
}

impl Rates {
    /// An amount in US$ expressed in `currency`: at 7.04 RMB per US$, US$12.07 bn is RMB 85 bn.
    pub fn from_usd(self, usd: f64, currency: Currency) -> f64 {
        match currency {
            Currency::Usd => usd,
            Currency::Cny => usd * self.usdcny,
            Currency::Eur => usd / self.eurusd,
        }
    }

    /// An amount in `currency` expressed in US$: at 1.17 US$ per euro, €10 bn is US$11.7 bn.
    pub fn to_usd(self, amount: f64, currency: Currency) -> f64 {
        match currency {
            Currency::Usd => amount,
            Currency::Cny => amount / self.usdcny,
            Currency::Eur => amount * self.eurusd,
        }
    }
}
