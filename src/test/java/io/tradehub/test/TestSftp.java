package io.tradehub.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (MINA SSHD) on a free local port, serving a folder to one user with
 * a password, stopped with the JVM.
 */
public final class TestSftp {

	private TestSftp() {
	}

	public static SshServer start(Path root, Path hostKey, String user, String password) {
		try {
			Files.createDirectories(root);
			SshServer server = SshServer.setUpDefaultServer();
			server.setHost("127.0.0.1");
			server.setPort(0);
			server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
			server.setPasswordAuthenticator((name, secret, session) -> user.equals(name) && password.equals(secret));
			server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
			server.setFileSystemFactory(new VirtualFileSystemFactory(root));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.stop(true);
				}
				catch (IOException ex) {
					// the JVM is going away anyway
				}
			}));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
