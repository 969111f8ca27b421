"${{ __toString = self: /a/b; }}"
