builtins.fromJSON ''"\u00fc \u2713 \ud83d\ude00 \n\t\"\\\/"''
