package org.vre.lake.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Supplies each {@link StoreTest} with a fresh lake on H2 and on PostgreSQL. */
public final class StoreProvider implements TestTemplateInvocationContextProvider {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation("h2"), invocation("postgresql"));
    }

    private static TestTemplateInvocationContext invocation(String store) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int index) {
                return "[" + store + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new LakeResolver(store));
            }
        };
    }

    /** Opens a fresh lake of one kind per test and closes it (and removes its folder) afterwards. */
    static final class LakeResolver implements ParameterResolver, AfterEachCallback {
        private final String store;

        LakeResolver(String store) {
            this.store = store;
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == Lake.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            Path dir;
            try {
                dir = Files.createTempDirectory("vre-lake-test-");
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            LakeConfig config;
            if (store.equals("h2")) {
                config = LakeConfig.embedded(dir).withBootstrapAdmin(Lake.ADMIN);
            } else {
                PostgresServer server = PostgresServer.shared(e);
                String db = "lake" + DATABASES.incrementAndGet();
                server.createDatabase(db);
                config = LakeConfig.jdbc(server.url(db), PostgresServer.USER, server.password(), dir)
                        .withBootstrapAdmin(Lake.ADMIN);
            }
            Lake lake = new Lake(CatalogStore.open(config), store, config, dir);
            e.getStore(ExtensionContext.Namespace.create(LakeResolver.class)).put("lake", lake);
            return lake;
        }

        @Override
        public void afterEach(ExtensionContext e) {
            Lake lake = e.getStore(ExtensionContext.Namespace.create(LakeResolver.class)).remove("lake", Lake.class);
            if (lake != null) {
                lake.catalog().close();
                TempDirs.delete(lake.dir());
            }
        }
    }
}
