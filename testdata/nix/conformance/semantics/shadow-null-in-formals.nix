({ null ? 5 }: null) { }
