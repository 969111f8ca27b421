"${{ outPath = { a = 1; }; }}"
