"${{ __toString = self: ./_fix/does-not-exist; }}"
