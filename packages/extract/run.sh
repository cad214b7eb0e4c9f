#!/bin/bash
# usage: run.sh corpusdir file
d=$1; f=$2
pa=$(python3 -c "import json;print(json.load(open('/work/main/$d/meta.json'))['$f']['publishedAt'])")
cd /work/main/packages/extract && node --conditions=@dealgraph/source --import tsx debug-doc.ts ../../$d/$f $pa
