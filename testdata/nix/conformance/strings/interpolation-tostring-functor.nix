"${{ __toString = self: "via-toString"; }}"
