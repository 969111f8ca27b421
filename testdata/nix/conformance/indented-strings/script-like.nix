let pkg = "curl"; in ''
  #!/bin/sh
  set -e
  if [ -x "$(command -v ${pkg})" ]; then
    echo "found ${pkg}"
  fi
''
