[ http://example.com/a?b=c https://nixos.org mailto:foo@example.com ]
