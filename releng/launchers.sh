# Shared by the launchers at the top of the clone (vre-workbench, vre, rucio, vre-server).
# product_dir workbench|server: where the build materializes that product.
product_dir() {
  echo "$here/releng/org.vre.product/target/products/org.vre.$1.product/linux/gtk/x86_64/vre-$1"
}

# Builds (without tests) when the product is missing or any source is newer than it.
ensure_built() {
  marker="$(product_dir "$1")/plugins"
  if [ -d "$marker" ] && [ -z "$(find "$here/pom.xml" "$here/bundles" "$here/features" "$here/releng" "$here/target-platform" \
        -path '*/target' -prune -o -type f -newer "$marker" -print 2>/dev/null | head -n 1)" ]; then
    return 0
  fi
  echo "building VRE Workbench (first start or sources changed; a few minutes)..." >&2
  (cd "$here" && ./mvnw -q -B -DskipTests clean verify) >&2 || { echo "build failed" >&2; exit 1; }
}
