"${{ __toString = self: { __toString = s: "nested"; }; }}"
