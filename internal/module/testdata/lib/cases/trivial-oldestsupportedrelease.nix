lib:
[ (lib.oldestSupportedReleaseIsAtLeast 2311) (lib.oldestSupportedReleaseIsAtLeast 9999) (lib.isInOldestRelease 2311) ]
