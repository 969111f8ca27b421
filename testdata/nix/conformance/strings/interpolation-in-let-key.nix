let x = "k"; in { "${x}" = { inner = 1; }; }."k".inner
