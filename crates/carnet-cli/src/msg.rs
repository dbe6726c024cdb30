//! A message id with its arguments, formatted only when it is shown.
//!
//! Code that decides *what* to say (clap error mapping, core errors) then
//! needs no `Localizer`, and tests can check ids and arguments directly.

use carnet_i18n::{FluentValue, Localizer};

/// One argument of a message. Numbers stay numbers so that Fluent can pick
/// the right plural form; everything else is text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
}

/// A Fluent message id and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: String,
    pub args: Vec<(&'static str, Value)>,
}

impl Msg {
    pub fn new(id: impl Into<String>) -> Msg {
        Msg {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, Value::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: i64) -> Msg {
        self.args.push((name, Value::Number(value)));
        self
    }

    /// The message in the person's language.
    pub fn format(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let v = match value {
                    Value::Text(t) => FluentValue::from(t.as_str()),
                    Value::Number(n) => FluentValue::from(*n),
                };
                (*name, v)
            })
            .collect();
        loc.msg_args(&self.id, &args)
    }
}
