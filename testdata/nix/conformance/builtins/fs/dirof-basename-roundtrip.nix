let p = "/x/y/z.txt"; in "${dirOf p}/${baseNameOf p}" == p
